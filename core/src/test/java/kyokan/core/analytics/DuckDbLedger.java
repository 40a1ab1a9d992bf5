package kyokan.core.analytics;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.db.Database;
import kyokan.core.demo.DemoShopGenerator;
import kyokan.core.demo.DemoShopSpec;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImportService;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same ledger in an in-memory DuckDB, to compare with: the sale lines read from Derby by a scan like
 * {@link LedgerLoader}'s and appended, with the customer codes; a month's figures computed in SQL from the
 * raw lines every time (orders, purchases, customers as temporary tables, then the figures), by METHOD.md's
 * rules. DuckDB keeps its data off the Java heap.
 */
final class DuckDbLedger implements AutoCloseable {
  private static final String DERBY_LINES = LedgerLoader.LINES;
  // Orders: a customer's lines with one order number, or without one on one day; lines after as-of left out.
  // k orders them by the earliest line's date and time (none last).
  private static final String ORDERS = """
      CREATE OR REPLACE TEMP TABLE o AS
      SELECT customer_id, order_no, min(sale_date) AS d,
             min((sale_date - DATE '1970-01-01') * 86401 + coalesce(sale_second, 86400)) AS k,
             sum(amount)::BIGINT AS net,
             coalesce(sum(amount) FILTER (WHERE sale_date >= :windowStart), 0)::BIGINT AS window_net
      FROM sale_line WHERE customer_id IS NOT NULL AND sale_date <= :asOf
      GROUP BY customer_id, order_no, CASE WHEN order_no IS NULL THEN sale_date END""";
  private static final String PURCHASES = """
      CREATE OR REPLACE TEMP TABLE p AS
      SELECT customer_id, d, net, row_number() OVER (PARTITION BY customer_id ORDER BY k, order_no NULLS LAST) AS n
      FROM o WHERE net > 0""";
  private static final String CUSTOMERS = """
      CREATE OR REPLACE TEMP TABLE c AS
      SELECT *, CASE WHEN purchases = 1 THEN 'FIRST_TIMER' WHEN tenure < :tenureShort THEN 'TODDLER'
                     WHEN amount < :amountLimit THEN 'STEADY' WHEN tenure < :tenureLong THEN 'TREND' ELSE 'LOYAL' END
                || CASE WHEN recency >= :lapse THEN '_LAPSED' ELSE '' END AS cell
      FROM (SELECT a.*, m.amount, m.window_amount, cu.code, a.last_d - a.first_d AS tenure,
                   :asOf - a.last_d AS recency
            FROM (SELECT customer_id, count(*) AS purchases, min(d) AS first_d, max(d) AS last_d,
                         max(d) FILTER (WHERE n = 2) AS second_d, max(net) FILTER (WHERE n = 1) AS first_net,
                         count(*) FILTER (WHERE d >= :windowStart) AS window_purchases
                  FROM p GROUP BY customer_id) a
            JOIN (SELECT customer_id, sum(net)::BIGINT AS amount, sum(window_net)::BIGINT AS window_amount
                  FROM o GROUP BY customer_id) m USING (customer_id)
            JOIN customer cu ON cu.id = a.customer_id)""";
  // Q1, Q3, Q4, Q5, Q6's count, Q7's purchases, then the Pareto view and Q7's gaps.
  private static final String FIGURES = """
      WITH figures AS (
        SELECT coalesce(sum(first_net) FILTER (WHERE first_d >= :periodStart), 0)::BIGINT AS new_revenue,
               count(*) FILTER (WHERE recency BETWEEN 60 AND 89) AS r60,
               count(*) FILTER (WHERE recency BETWEEN 90 AND 179) AS r90,
               count(*) FILTER (WHERE recency >= 180) AS r180,
               count(*) FILTER (WHERE last_d >= :periodStart) AS in_period,
               count(*) FILTER (WHERE last_d >= :windowStart) AS in_window,
               count(*) AS ever,
               count(*) FILTER (WHERE :asOf - first_d BETWEEN 90 AND 454 AND second_d - first_d <= 90) AS back90,
               count(*) FILTER (WHERE :asOf - first_d BETWEEN 90 AND 454) AS first90,
               count(*) FILTER (WHERE :asOf - first_d BETWEEN 180 AND 544 AND second_d - first_d <= 180) AS back180,
               count(*) FILTER (WHERE :asOf - first_d BETWEEN 180 AND 544) AS first180,
               count(*) FILTER (WHERE :asOf - first_d BETWEEN 365 AND 729 AND second_d - first_d <= 365) AS back365,
               count(*) FILTER (WHERE :asOf - first_d BETWEEN 365 AND 729) AS first365,
               count(*) FILTER (WHERE cell = 'LOYAL') AS loyal,
               coalesce(sum(window_purchases) FILTER (WHERE cell = 'LOYAL'), 0)::BIGINT AS loyal_window_purchases
        FROM c),
      revenue AS (
        SELECT coalesce(sum(amount) FILTER (WHERE sale_date >= :periodStart), 0)::BIGINT AS period_all,
               coalesce(sum(amount) FILTER (WHERE sale_date >= :periodStart AND customer_id IS NOT NULL), 0)::BIGINT
                 AS period_identified,
               coalesce(sum(amount) FILTER (WHERE customer_id IS NOT NULL), 0)::BIGINT AS window_identified
        FROM sale_line WHERE sale_date BETWEEN :windowStart AND :asOf),
      ranked AS (
        SELECT window_amount, row_number() OVER w AS place, sum(window_amount) OVER w AS cumulative,
               count(*) OVER () AS n
        FROM c WHERE last_d >= :windowStart
        WINDOW w AS (ORDER BY window_amount DESC, code ROWS UNBOUNDED PRECEDING)),
      pareto AS (
        SELECT coalesce(max(n), 0) AS n,
               coalesce(sum(window_amount) FILTER (WHERE place <= (n + 4) // 5), 0)::BIGINT AS top,
               coalesce(min(place) FILTER (WHERE window_identified > 0 AND 5 * cumulative >= 4 * window_identified), 0)
                 AS reach
        FROM ranked, revenue),
      dates AS (SELECT DISTINCT customer_id, d FROM p JOIN c USING (customer_id) WHERE cell = 'LOYAL'),
      gaps AS (SELECT d - lag(d) OVER (PARTITION BY customer_id ORDER BY d) AS gap FROM dates),
      habits AS (SELECT count(gap) AS gaps, coalesce(median(gap), -1)::DOUBLE AS median_gap FROM gaps)
      SELECT period_all, period_identified, new_revenue, r60, r90, r180, in_period, in_window, ever,
             back90, first90, back180, first180, back365, first365, loyal, loyal_window_purchases,
             n, window_identified, top, reach, gaps, median_gap
      FROM figures, revenue, pareto, habits""";
  private static final String LOYAL_PRODUCTS = """
      WITH loyal AS (SELECT s.product_id, s.amount FROM sale_line s JOIN c USING (customer_id)
                     WHERE c.cell = 'LOYAL' AND s.sale_date BETWEEN :windowStart AND :asOf),
      identified AS (SELECT product_id, sum(amount)::BIGINT AS amount FROM sale_line
                     WHERE customer_id IS NOT NULL AND sale_date BETWEEN :windowStart AND :asOf GROUP BY product_id),
      by_product AS (SELECT product_id, sum(amount)::BIGINT AS amount FROM loyal GROUP BY product_id)
      SELECT b.product_id, b.amount, i.amount,
             (b.amount / (SELECT sum(amount) FROM loyal)) / (i.amount / (SELECT sum(amount) FROM identified)) AS lift
      FROM by_product b JOIN identified i USING (product_id) WHERE b.product_id IS NOT NULL ORDER BY b.amount DESC""";
  private static final String CELLS = "SELECT cell, count(*) FROM c GROUP BY cell";
  private static final String COHORTS = """
      SELECT year(c.first_d) * 12 + month(c.first_d) - 1,
             (year(p.d) - year(c.first_d)) * 12 + month(p.d) - month(c.first_d), count(DISTINCT p.customer_id)
      FROM p JOIN c USING (customer_id) GROUP BY ALL""";
  // A cohort's F2 share only once its window has passed for all of it (−1 before).
  private static final String F2_COHORTS = """
      SELECT row_month, count(*),
             CASE WHEN month_end + 90 <= :asOf THEN count(*) FILTER (WHERE second_d - first_d <= 90) ELSE -1 END,
             CASE WHEN month_end + 180 <= :asOf THEN count(*) FILTER (WHERE second_d - first_d <= 180) ELSE -1 END,
             CASE WHEN month_end + 365 <= :asOf THEN count(*) FILTER (WHERE second_d - first_d <= 365) ELSE -1 END
      FROM (SELECT year(first_d) * 12 + month(first_d) - 1 AS row_month, last_day(first_d) AS month_end, first_d,
                   second_d FROM c)
      GROUP BY row_month, month_end""";

  private final DuckDBConnection duck;
  /** How long the last {@link #figures} took to make its orders, purchases and customers tables. */
  double tablesMillis;

  DuckDbLedger() {
    try {
      duck = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What DuckDB answered, in the shapes the benchmark compares with ours. */
  record Figures(long[] figures, double medianGapDays, Map<Long, List<Long>> loyalProducts, Map<String, Long> cells,
      Map<List<Long>, Long> cohorts, Map<Long, List<Long>> f2Cohorts) {}

  private interface LineSink {
    void line(long customer, int epochDay, int second, String orderNo, long product, long amount) throws SQLException;
  }

  private interface Rows {
    void read(ResultSet rs) throws SQLException;
  }

  /** Derby's share of a load: the same scan, every column read, nothing kept. */
  static double derbyScanMillis(Database db, long clientId) {
    long start = System.nanoTime();
    long[] total = new long[1];
    scan(db, clientId, (customer, day, second, orderNo, product, amount) -> total[0] += amount);
    return (System.nanoTime() - start) / 1e6;
  }

  /** (Re)creates the tables and fills them from the client's ledger in Derby. */
  void load(Database db, long clientId) {
    try (Statement st = duck.createStatement()) {
      st.execute("CREATE OR REPLACE TABLE sale_line (customer_id BIGINT, sale_date DATE, sale_second INTEGER, "
          + "order_no VARCHAR, product_id BIGINT, amount BIGINT)");
      st.execute("CREATE OR REPLACE TABLE customer (id BIGINT, code VARCHAR)");
      try (DuckDBAppender lines = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sale_line")) {
        scan(db, clientId, (customer, day, second, orderNo, product, amount) -> {
          lines.beginRow();
          if (customer == LedgerBuilder.NO_ID) lines.appendNull(); else lines.append(customer);
          lines.appendEpochDays(day);
          if (second == LedgerBuilder.NO_TIME) lines.appendNull(); else lines.append(second);
          if (orderNo == null) lines.appendNull(); else lines.append(orderNo);
          if (product == LedgerBuilder.NO_ID) lines.appendNull(); else lines.append(product);
          lines.append(amount);
          lines.endRow();
        });
      }
      try (DuckDBAppender customers = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "customer")) {
        derby(db, "SELECT id, code FROM customer WHERE client_id = ?", clientId, rs -> {
          while (rs.next()) {
            customers.beginRow().append(rs.getLong(1));
            String code = rs.getString(2);
            if (code == null) customers.appendNull(); else customers.append(code);
            customers.endRow();
          }
        });
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The month's figures, computed from the raw lines. */
  Figures figures(YearMonth month, CpmThresholds t) {
    if (t.axis() != CpmAxis.AMOUNT) throw new IllegalArgumentException("amount thresholds only");
    Map<String, String> values = Map.of(":asOf", "DATE '" + month.atEndOfMonth() + "'",
        ":periodStart", "DATE '" + month.atDay(1) + "'",
        ":windowStart", "DATE '" + month.atEndOfMonth().minusDays(364) + "'",
        ":tenureShort", Integer.toString(t.tenureShortDays()), ":tenureLong", Integer.toString(t.tenureLongDays()),
        ":amountLimit", Long.toString(t.amountLimit()), ":lapse", Integer.toString(t.lapseDays()));
    try (Statement st = duck.createStatement()) {
      long start = System.nanoTime();
      for (String table : List.of(ORDERS, PURCHASES, CUSTOMERS)) st.execute(bind(table, values));
      tablesMillis = (System.nanoTime() - start) / 1e6;
      long[] figures = new long[22];
      double[] median = new double[1];
      query(st, bind(FIGURES, values), rs -> {
        rs.next();
        for (int i = 0; i < figures.length; i++) figures[i] = rs.getLong(i + 1);
        median[0] = rs.getDouble(figures.length + 1);
      });
      Map<Long, List<Long>> products = new HashMap<>();
      query(st, bind(LOYAL_PRODUCTS, values), rs -> {
        while (rs.next()) products.put(rs.getLong(1), List.of(rs.getLong(2), rs.getLong(3)));
      });
      Map<String, Long> cells = new HashMap<>();
      query(st, CELLS, rs -> {
        while (rs.next()) cells.put(rs.getString(1), rs.getLong(2));
      });
      Map<List<Long>, Long> cohorts = new HashMap<>();
      query(st, COHORTS, rs -> {
        while (rs.next()) cohorts.put(List.of(rs.getLong(1), rs.getLong(2)), rs.getLong(3));
      });
      Map<Long, List<Long>> f2Cohorts = new HashMap<>();
      query(st, bind(F2_COHORTS, values), rs -> {
        while (rs.next()) {
          f2Cohorts.put(rs.getLong(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        }
      });
      return new Figures(figures, median[0], products, cells, cohorts, f2Cohorts);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  String version() {
    return text("SELECT version()");
  }

  String threads() {
    return text("SELECT current_setting('threads')");
  }

  long memoryMegabytes() {
    return Long.parseLong(text("SELECT sum(memory_usage_bytes) // 1048576 FROM duckdb_memory()"));
  }

  @Override
  public void close() {
    try {
      duck.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String text(String sql) {
    try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String bind(String sql, Map<String, String> values) {
    for (Map.Entry<String, String> v : values.entrySet()) sql = sql.replace(v.getKey(), v.getValue());
    return sql;
  }

  private static void query(Statement st, String sql, Rows rows) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rows.read(rs);
    }
  }

  private static void scan(Database db, long clientId, LineSink sink) {
    derby(db, DERBY_LINES, clientId, rs -> {
      int previousYmd = -1;
      int day = 0;
      while (rs.next()) {
        long customer = rs.getLong(1);
        if (rs.wasNull()) customer = LedgerBuilder.NO_ID;
        int ymd = rs.getInt(2);
        if (ymd != previousYmd) {
          day = (int) LocalDate.of(ymd / 10000, ymd / 100 % 100, ymd % 100).toEpochDay();
          previousYmd = ymd;
        }
        int second = rs.getInt(3);
        if (rs.wasNull()) second = LedgerBuilder.NO_TIME;
        String orderNo = rs.getString(4);
        long product = rs.getLong(5);
        if (rs.wasNull()) product = LedgerBuilder.NO_ID;
        sink.line(customer, day, second, orderNo, product, rs.getLong(6));
      }
    });
  }

  private static void derby(Database db, String sql, long clientId, Rows rows) {
    db.read(session -> {
      try (PreparedStatement st = session.getConnection().prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
          ResultSet.CONCUR_READ_ONLY)) {
        st.setFetchSize(10_000);
        st.setLong(1, clientId);
        try (ResultSet rs = st.executeQuery()) {
          rows.read(rs);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return null;
    });
  }
}
