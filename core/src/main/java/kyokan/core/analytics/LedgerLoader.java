package kyokan.core.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import kyokan.core.db.Database;
import kyokan.core.db.DatabaseEngine;
import kyokan.core.db.DatabaseException;
import kyokan.core.sales.LedgerVersion;
import org.postgresql.PGStatement;

/**
 * Reads one client's sales ledger from the database into a {@link Ledger}. The lines come from one
 * forward-only scan of the ledger index, which holds every column read, so no table row is visited, and
 * gives them in ledger order, so {@link LineSorter} need not sort them (an ORDER BY, which Derby might
 * meet by sorting a million rows, took it 4–11 s). On PostgreSQL an ORDER BY the index's columns gives the same
 * order ({@link #LINES_POSTGRESQL}). Dates and times come back as integers, so no date
 * object is made per line. Customer and product names are read at the same time on a second connection,
 * the customers' from an index of their own. Plain JDBC rather than MyBatis, which would make an object
 * per row.
 */
public final class LedgerLoader {
  private static final int ATTEMPTS = 3;
  static final String LINES = """
      SELECT customer_id, YEAR(sale_date) * 10000 + MONTH(sale_date) * 100 + DAY(sale_date),
             HOUR(sale_time) * 3600 + MINUTE(sale_time) * 60 + SECOND(sale_time), order_no, product_id, amount
      FROM sale_line --DERBY-PROPERTIES index=sale_line_ledger
      WHERE client_id = ?""";
  // PostgreSQL has no YEAR()/HOUR(): the date comes as its epoch day, a subtraction (three date_part calls cost
  // the server more than its scan). The ORDER BY is the ledger index's, answered by an index-only scan once the
  // import's statistics refresh has vacuumed the table, so the lines arrive in ledger order as on Derby.
  static final String LINES_POSTGRESQL = """
      SELECT customer_id, sale_date - DATE '1970-01-01', CAST(date_part('epoch', sale_time) AS INTEGER), order_no,
             product_id, amount
      FROM sale_line WHERE client_id = ?
      ORDER BY client_id, customer_id, sale_date, sale_time, order_no, product_id, amount""";
  private static final String CUSTOMERS = """
      SELECT id, code, name FROM customer --DERBY-PROPERTIES index=customer_names
      WHERE client_id = ?""";
  private static final String PRODUCTS = "SELECT id, code, name FROM product WHERE client_id = ? ORDER BY id";
  private final Database db;
  private final LedgerVersion version;

  public LedgerLoader(Database db, LedgerVersion version) {
    this.db = db;
    this.version = version;
  }

  /**
   * The client's ledger as one consistent state: when the data version moves while reading (an import
   * committing half-way through the scan), the read is thrown away and done again.
   */
  public Ledger load(long clientId) {
    Ledger ledger = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long before = version.current(clientId);
      ledger = read(clientId, before);
      if (version.current(clientId) == before) return ledger;
    }
    // The data keeps changing; the next request sees a newer version and reloads.
    return ledger;
  }

  private Ledger read(long clientId, long dataVersion) {
    CompletableFuture<NameTable[]> names = CompletableFuture.supplyAsync(() -> readNames(clientId), LedgerLoader::startThread);
    LedgerBuilder builder = new LedgerBuilder(clientId, dataVersion, 1024);
    LineSorter lines = new LineSorter(builder);
    db.read(session -> {
      boolean postgresql = db.engine() == DatabaseEngine.POSTGRESQL;
      query(session.getConnection(), postgresql ? LINES_POSTGRESQL : LINES, clientId, rs -> readLines(rs, lines, postgresql));
      return null;
    });
    NameTable[] productsAndCustomers = join(names);
    productsAndCustomers[0].forEach(builder::product);
    productsAndCustomers[1].forEach(builder::customer);
    lines.feed();
    return builder.build();
  }

  private NameTable[] readNames(long clientId) {
    return db.read(session -> {
      NameTable products = new NameTable();
      NameTable customers = new NameTable();
      query(session.getConnection(), PRODUCTS, clientId, rs -> readNames(rs, products));
      query(session.getConnection(), CUSTOMERS, clientId, rs -> readNames(rs, customers));
      return new NameTable[] {products, customers};
    });
  }

  // A thread of its own: the names query blocks on the database, no place for a shared pool's workers.
  private static void startThread(Runnable task) {
    Thread thread = new Thread(task, "ledger-names");
    thread.setDaemon(true);
    thread.start();
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
  }

  private interface Rows {
    void read(ResultSet rs) throws SQLException;
  }

  private static void query(Connection connection, String sql, long clientId, Rows rows) {
    try (PreparedStatement st = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      st.setFetchSize(10_000);
      // pgjdbc sends a statement's first runs as text; a negative threshold asks for binary values at once (a
      // number is then copied, not parsed: a tenth off a cold million-line load).
      if (st.isWrapperFor(PGStatement.class)) st.unwrap(PGStatement.class).setPrepareThreshold(-1);
      st.setLong(1, clientId);
      try (ResultSet rs = st.executeQuery()) {
        rows.read(rs);
      }
    } catch (SQLException e) {
      throw new DatabaseException("売上データを読み込めません (client " + clientId + ")", e);
    }
  }

  private static void readNames(ResultSet rs, NameTable table) throws SQLException {
    while (rs.next()) table.add(rs.getLong(1), rs.getString(2), rs.getString(3));
  }

  /** @param epochDays whether the date column holds the epoch day (PostgreSQL) rather than yyyymmdd (Derby) */
  static void readLines(ResultSet rs, LineSorter lines, boolean epochDays) throws SQLException {
    int previousDate = -1;
    int previousDay = 0;
    while (rs.next()) {
      long customer = rs.getLong(1);
      if (rs.wasNull()) customer = LedgerBuilder.NO_ID;
      int date = rs.getInt(2);
      // A customer's lines come by date, so neighbours mostly share one: convert each date once.
      if (date != previousDate) {
        previousDay = epochDays ? date : Days.of(date / 10000, date / 100 % 100, date % 100);
        previousDate = date;
      }
      int time = rs.getInt(3);
      if (rs.wasNull()) time = LedgerBuilder.NO_TIME;
      String orderNo = rs.getString(4);
      long product = rs.getLong(5);
      if (rs.wasNull()) product = LedgerBuilder.NO_ID;
      lines.add(customer, previousDay, time, orderNo, product, rs.getLong(6));
    }
  }
}
