package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.demo.DemoShopGenerator;
import kyokan.core.demo.DemoShopSpec;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImportService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's month report against a second computation of the same figures in SQL on the Derby ledger
 * itself, written from METHOD.md's precise rules: orders, then purchases and per-customer aggregates as
 * tables, then one query a figure. The data is the demo shop plus a few customers made to hit the rules'
 * corners (day orders, ties within a day, refunded orders, orders across the as-of date, exact boundaries).
 */
class SqlCrossCheckTest {
  private static final LocalDate END = LocalDate.of(2025, 5, 31);
  private static final CpmThresholds T = CpmThresholds.DEFAULTS;
  // Orders per METHOD.md: a customer's lines with one order number, or without one on one calendar day; dated
  // by the earliest line; sort_key orders them by date, time (none last), order number (none last). Lines after
  // the as-of date are left out.
  private static final String ORDER_TABLE = """
      CREATE TABLE xc_order (as_of DATE NOT NULL, customer_id BIGINT NOT NULL, order_date DATE NOT NULL,
        sort_key VARCHAR(130) NOT NULL, net BIGINT NOT NULL)""";
  private static final String INSERT_ORDERS = """
      INSERT INTO xc_order
      SELECT as_of, customer_id, MIN(sale_date),
             MIN(CAST(sale_date AS CHAR(10)) || COALESCE(CAST(sale_time AS CHAR(8)), '~~~~~~~~'))
               || CASE WHEN order_no IS NULL THEN '~' ELSE '!' || order_no END,
             SUM(amount)
      FROM (SELECT CAST(? AS DATE) AS as_of, customer_id, order_no,
                   CASE WHEN order_no IS NULL THEN sale_date END AS day, sale_date, sale_time, amount
            FROM sale_line WHERE client_id = ? AND customer_id IS NOT NULL AND sale_date <= ?) line
      GROUP BY as_of, customer_id, order_no, day""";
  // A customer is a code with a purchase (an order with net amount > 0) up to the as-of date.
  private static final String CUSTOMER_TABLE = """
      CREATE TABLE xc_customer (as_of DATE NOT NULL, customer_id BIGINT NOT NULL, code VARCHAR(100),
        purchases INT NOT NULL, first_key VARCHAR(130) NOT NULL, first_date DATE NOT NULL, last_date DATE NOT NULL,
        window_purchases INT NOT NULL, second_date DATE, first_net BIGINT, amount BIGINT, window_amount BIGINT,
        cell VARCHAR(20), PRIMARY KEY (as_of, customer_id))""";
  private static final String INSERT_CUSTOMERS = "INSERT INTO xc_customer (as_of, customer_id, purchases, first_key, "
      + "first_date, last_date, window_purchases, amount, window_amount) "
      + "SELECT p.as_of, p.customer_id, p.purchases, p.first_key, p.first_date, p.last_date, p.window_purchases, "
      + "a.amount, a.window_amount FROM (SELECT as_of, customer_id, COUNT(*) AS purchases, MIN(sort_key) AS first_key, "
      + "MIN(order_date) AS first_date, MAX(order_date) AS last_date, "
      + "SUM(CASE WHEN " + days("order_date", "as_of") + " <= 364 THEN 1 ELSE 0 END) AS window_purchases "
      + "FROM xc_order WHERE as_of = ? AND net > 0 GROUP BY as_of, customer_id) p "
      + "JOIN (SELECT customer_id, SUM(amount) AS amount, SUM(CASE WHEN " + days("sale_date", "CAST(? AS DATE)")
      + " <= 364 THEN amount ELSE 0 END) AS window_amount FROM sale_line "
      + "WHERE client_id = ? AND customer_id IS NOT NULL AND sale_date <= ? GROUP BY customer_id) a "
      + "ON a.customer_id = p.customer_id";
  private static final String COMPLETE_CUSTOMERS = """
      UPDATE xc_customer c SET
        code = (SELECT code FROM customer WHERE id = c.customer_id),
        second_date = (SELECT MIN(o.order_date) FROM xc_order o WHERE o.as_of = c.as_of
                       AND o.customer_id = c.customer_id AND o.net > 0 AND o.sort_key > c.first_key),
        first_net = (SELECT o.net FROM xc_order o WHERE o.as_of = c.as_of AND o.customer_id = c.customer_id
                     AND o.net > 0 AND o.sort_key = c.first_key)
      WHERE as_of = ?""";
  // METHOD.md's table row by row (tenure, recency in days; thresholds bound from CpmThresholds.DEFAULTS).
  private static final String CPM_CELLS = "UPDATE xc_customer SET cell = CASE "
      + "WHEN purchases = 1 THEN 'FIRST_TIMER' "
      + "WHEN purchases >= 2 AND " + days("first_date", "last_date") + " < ? THEN 'TODDLER' "
      + "WHEN purchases >= 2 AND " + days("first_date", "last_date") + " >= ? AND amount < ? THEN 'STEADY' "
      + "WHEN purchases >= 2 AND " + days("first_date", "last_date") + " >= ? AND " + days("first_date", "last_date")
      + " < ? AND amount >= ? THEN 'TREND' "
      + "WHEN purchases >= 2 AND " + days("first_date", "last_date") + " >= ? AND amount >= ? THEN 'LOYAL' END "
      + "|| CASE WHEN " + days("last_date", "as_of") + " >= ? THEN '_LAPSED' ELSE '' END WHERE as_of = ?";
  @TempDir static Path dir;
  private static TestDatabase data;
  private static long clientId;
  private static AnalyticsService analytics;

  static List<YearMonth> months() {
    return List.of(YearMonth.from(END), YearMonth.from(END).minusYears(1));
  }

  @BeforeAll
  static void loadAndComputeInSql() {
    // The reference SQL is written in Derby's dialect; on PostgreSQL, LedgerLoaderTest checks the loaded ledger.
    org.junit.jupiter.api.Assumptions.assumeFalse(kyokan.core.TestDatabases.onServer(), "reference SQL is Derby's dialect");
    data = TestDatabase.open(dir);
    User consultant = data.consultant("yamada@example.jp");
    Client client = data.client(consultant, DemoShopSpec.SAKURA_COFFEE);
    clientId = client.getId();
    DemoShopGenerator shop = new DemoShopGenerator(DemoShopSpec.sakuraCoffee(END));
    SalesImportService imports = data.salesImports();
    imports.importProducts(clientId, source("products", ImportKind.PRODUCTS), shop.products().iterator(), 0, consultant,
        Progress.NONE);
    imports.importCustomers(clientId, source("customers", ImportKind.CUSTOMERS), shop.customers().iterator(), 0,
        consultant, Progress.NONE);
    imports.importSales(clientId, source("sales", ImportKind.SALES), shop.lineIterator(), 0, consultant, Progress.NONE);
    Imports.sales(data, clientId, consultant, corners(), "corners.csv");
    analytics = new AnalyticsService(data.db(), data.ledgerVersion());
    data.db().writeVoid(session -> sql(session.getConnection(), c -> {
      try (Statement st = c.createStatement()) {
        st.execute(ORDER_TABLE);
        st.execute("CREATE INDEX xc_order_customer ON xc_order (as_of, customer_id)");
        st.execute(CUSTOMER_TABLE);
      }
      for (YearMonth month : months()) {
        Date asOf = asOf(month);
        update(c, INSERT_ORDERS, asOf, clientId, asOf);
        update(c, INSERT_CUSTOMERS, asOf, asOf, clientId, asOf);
        update(c, COMPLETE_CUSTOMERS, asOf);
        update(c, CPM_CELLS, T.tenureShortDays(), T.tenureShortDays(), T.amountLimit(), T.tenureShortDays(),
            T.tenureLongDays(), T.amountLimit(), T.tenureLongDays(), T.amountLimit(), T.lapseDays(), asOf);
      }
      return null;
    }));
  }

  // Customers Z01… each hit one corner of METHOD.md's rules as of END (and some as of a year before).
  private static Sales corners() {
    return Sales.of()
        .line("2024-12-01", "10:00", "Z01", "Z01-1", "P001", 1_000)         // a second purchase on the first one's day
        .line("2024-12-01", null, "Z01", null, "P001", 500)
        .line("2025-05-03", "11:00", "Z02", "Z02-A", "P001", 500)           // first by time, not by order number
        .line("2025-05-03", "09:00", "Z02", "Z02-B", "P001", 3_000)
        .line("2025-05-04", "12:00", "Z03", "Z03-2", "P001", 800)           // same time: first by order number
        .line("2025-05-04", "12:00", "Z03", "Z03-1", "P001", 200)
        .line("2025-05-05", null, "Z04", "Z04-A", "P001", 900)              // a line without time after a timed one
        .line("2025-05-05", "18:00", "Z04", "Z04-B", "P001", 100)
        .line("2025-04-20", "10:00", "Z05", "Z05-1", "P001", 2_000)         // a fully refunded order is no purchase
        .line("2025-04-20", "10:00", "Z05", "Z05-1", "P001", -2_000)
        .line("2025-05-06", "10:00", "Z05", "Z05-2", "P001", 1_500)
        .line("2025-05-07", "10:00", "Z06", "Z06-R", "P001", -700)          // only a refund: not a customer
        .line("2025-01-10", "10:00", "Z07", "Z07-0", "P001", 300)           // an order across the as-of date
        .line("2025-05-30", "10:00", "Z07", "Z07-1", "P001", 1_000)
        .line("2025-06-02", "10:00", "Z07", "Z07-1", "P001", 5_000)
        .line("2025-04-29", "10:00", "Z08", "Z08-1", "P001", 4_000)         // a first order across the month start
        .line("2025-05-02", "10:00", "Z08", "Z08-1", "P001", -1_000)
        .line("2025-05-31", "10:00", "Z09", "Z09-1", "P001", -500)          // negative up to the as-of date
        .line("2025-06-01", "10:00", "Z09", "Z09-1", "P001", 2_500)
        .line("2025-03-01", "09:00", "Z10", null, "P001", 700)              // day orders: one per customer and day
        .line("2025-03-01", null, "Z10", null, null, 300)
        .line("2025-03-01", "15:00", "Z10", null, "P001", -200)
        .line("2025-05-15", null, "Z10", null, "P001", 400)
        .line("2024-01-10", null, "Z11", null, "P001", 5_000)               // a day order refunded the same day
        .line("2025-05-20", "10:00", "Z11", null, "P001", 600)
        .line("2025-05-20", "11:00", "Z11", null, "P001", -600)
        .line("2024-10-01", "10:00", "Z12", "Z12-1", "P001", 30_000)        // 優良 exactly: tenure 210, ¥70,000
        .line("2025-04-29", "10:00", "Z12", "Z12-2", "P001", 40_000)
        .line("2024-06-01", "10:00", "Z13", "Z13-1", "P001", 6_000)         // lapsed exactly: recency 240
        .line("2024-10-03", "10:00", "Z13", "Z13-2", "P001", 4_000)
        .line("2025-05-10", "10:00", "Z14", "SHARED-1", "P001", 900)        // one order number, two customers
        .line("2025-05-10", "10:00", "Z15", "SHARED-1", "P001", 1_100)
        .line(END.minusDays(60), "Z16", "Z16-1", "P001", 1_000)             // recency exactly 60, 90, 180
        .line(END.minusDays(90), "Z17", "Z17-1", "P001", 1_000)
        .line(END.minusDays(180), "Z18", "Z18-1", "P001", 1_000)
        .line(END.minusDays(454), "Z19", "Z19-1", "P001", 1_000)            // F2 window's first day, back on day 90
        .line(END.minusDays(364), "Z19", "Z19-2", "P001", 1_000)
        .line(END.minusDays(455), "Z20", "Z20-1", "P001", 1_000)            // just before the F2 window
        .line(END.minusDays(455 - 91), "Z20", "Z20-2", "P001", 1_000)
        .line(END.minusDays(90), "Z21", "Z21-1", "P001", 1_000)             // window's last day, back after as-of
        .line(END.plusDays(1), "Z21", "Z21-2", "P001", 1_000)
        .line("2025-05-31", "20:00", null, "Z-ANON", "P001", 1_234)         // anonymous sale and refund
        .line("2025-05-31", "20:05", null, "Z-ANON-R", "P001", -234);
  }

  @Test
  void theFirstMonthCheckedIsTheLatestCompleteOne() {
    assertEquals(Optional.of(months().get(0)), analytics.latestCompleteMonth(clientId));
  }

  // The SQL side's reading of the rules, checked by hand: purchases, first order's net, amount, second purchase, cell.
  @Test
  void theCornerCustomersLandWhereMethodSays() {
    List<String> rows = data.db().read(session -> sql(session.getConnection(), c -> {
      try (PreparedStatement st = prepare(c, "SELECT code, purchases, first_net, amount, second_date, cell "
          + "FROM xc_customer WHERE as_of = ? AND code LIKE 'Z%' ORDER BY code", asOf(YearMonth.from(END)));
          ResultSet rs = st.executeQuery()) {
        List<String> list = new ArrayList<>();
        while (rs.next()) {
          list.add(String.join(" ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6)));
        }
        return list;
      }
    }));

    assertEquals(List.of("""
        Z01 2 1000 1500 2024-12-01 TODDLER
        Z02 2 3000 3500 2025-05-03 TODDLER
        Z03 2 200 1000 2025-05-04 TODDLER
        Z04 2 100 1000 2025-05-05 TODDLER
        Z05 1 1500 1500 null FIRST_TIMER
        Z07 2 300 1300 2025-05-30 STEADY
        Z08 1 3000 3000 null FIRST_TIMER
        Z10 2 800 1200 2025-05-15 TODDLER
        Z11 1 5000 5000 null FIRST_TIMER_LAPSED
        Z12 2 30000 70000 2025-04-29 LOYAL
        Z13 2 6000 10000 2024-10-03 STEADY_LAPSED
        Z14 1 900 900 null FIRST_TIMER
        Z15 1 1100 1100 null FIRST_TIMER
        Z16 1 1000 1000 null FIRST_TIMER
        Z17 1 1000 1000 null FIRST_TIMER
        Z18 1 1000 1000 null FIRST_TIMER
        Z19 2 1000 2000 2024-06-01 STEADY_LAPSED
        Z20 2 1000 2000 2024-06-01 STEADY_LAPSED
        Z21 1 1000 1000 null FIRST_TIMER""".split("\n")), rows);
  }

  @ParameterizedTest
  @MethodSource("months")
  void repeatAndNewRevenueAndCaptureRateMatchSql(YearMonth month) {
    RevenueSplit r = report(month).revenue();
    long[] sums = longs("""
        SELECT COALESCE(SUM(amount), 0), COALESCE(SUM(CASE WHEN customer_id IS NOT NULL THEN amount ELSE 0 END), 0)
        FROM sale_line WHERE client_id = ? AND YEAR(sale_date) = ? AND MONTH(sale_date) = ?""",
        clientId, month.getYear(), month.getMonthValue());
    long newRevenue = longs("""
        SELECT COALESCE(SUM(first_net), 0) FROM xc_customer
        WHERE as_of = ? AND YEAR(first_date) = YEAR(as_of) AND MONTH(first_date) = MONTH(as_of)""", asOf(month))[0];

    assertEquals(sums[0], r.revenue(), "all revenue");
    assertEquals(sums[1], r.identifiedRevenue(), "identified revenue");
    assertEquals(newRevenue, r.newRevenue(), "new revenue");
    assertEquals(sums[1] - newRevenue, r.repeatRevenue(), "repeat revenue");
    assertEquals(new Ratio(sums[1] - newRevenue, sums[1]), r.repeatShare());
    assertEquals(new Ratio(sums[1], sums[0]), r.captureRate());
  }

  @ParameterizedTest
  @MethodSource("months")
  void lapsingCustomersMatchSql(YearMonth month) {
    LapsingCustomers q3 = report(month).lapsing();
    String recency = "SELECT code FROM xc_customer WHERE as_of = ? AND " + days("last_date", "as_of");
    Date asOf = asOf(month);

    assertSameCustomers(strings(recency + " BETWEEN 60 AND 89 ORDER BY code", asOf), q3.days60to89(), "Q3 60–89");
    assertSameCustomers(strings(recency + " BETWEEN 90 AND 179 ORDER BY code", asOf), q3.days90to179(), "Q3 90–179");
    assertSameCustomers(strings(recency + " >= 180 ORDER BY code", asOf), q3.days180OrMore(), "Q3 180+");
    assertTrue(q3.days60to89().size() > 10 && q3.days180OrMore().size() > 10);
  }

  @ParameterizedTest
  @MethodSource("months")
  void activeShareMatchesSql(YearMonth month) {
    long[] q4 = longs("SELECT SUM(CASE WHEN YEAR(last_date) = YEAR(as_of) AND MONTH(last_date) = MONTH(as_of) "
        + "THEN 1 ELSE 0 END), SUM(CASE WHEN " + days("last_date", "as_of") + " <= 364 THEN 1 ELSE 0 END), COUNT(*) "
        + "FROM xc_customer WHERE as_of = ?", asOf(month));
    ActiveShare active = report(month).active();

    assertEquals(q4[0], active.boughtInPeriod(), "bought in the month");
    assertEquals(q4[1], active.boughtInWindow(), "bought in the 365 days");
    assertEquals(q4[2], active.customersEver(), "customers ever");
  }

  @ParameterizedTest
  @MethodSource("months")
  void f2RatesMatchSql(YearMonth month) {
    F2Rates f2 = report(month).f2();
    List<F2Rate> rates = List.of(f2.within90(), f2.within180(), f2.within365());
    for (F2Rate rate : rates) {
      int w = rate.windowDays();
      long[] counts = longs("SELECT SUM(CASE WHEN second_date IS NOT NULL AND " + days("first_date", "second_date")
          + " <= ? THEN 1 ELSE 0 END), COUNT(*) FROM xc_customer WHERE as_of = ? AND "
          + days("first_date", "as_of") + " BETWEEN ? AND ?", w, asOf(month), w, w + 364);
      assertEquals(new Ratio(counts[0], counts[1]), rate.rate(), () -> "F2 within " + w);
    }
  }

  @ParameterizedTest
  @MethodSource("months")
  void topCustomersAndParetoMatchSql(YearMonth month) {
    TopCustomers q6 = report(month).top();
    ParetoView pareto = q6.pareto();
    String inWindow = " FROM xc_customer WHERE as_of = ? AND " + days("last_date", "as_of") + " <= 364";
    long topCount = longs("SELECT (COUNT(*) + 4) / 5" + inWindow, asOf(month))[0];
    long topRevenue = longs("SELECT COALESCE(SUM(window_amount), 0) FROM (SELECT window_amount" + inWindow
        + " ORDER BY window_amount DESC, code FETCH FIRST ? ROWS ONLY) top", asOf(month), topCount)[0];
    long windowRevenue = longs("SELECT SUM(amount) FROM sale_line WHERE client_id = ? AND customer_id IS NOT NULL AND "
        + "sale_date <= ? AND " + days("sale_date", "CAST(? AS DATE)") + " <= 364", clientId, asOf(month),
        asOf(month))[0];
    List<String> ranking = strings("SELECT code" + inWindow + " ORDER BY window_amount DESC, code", asOf(month));
    long[] amounts = longs("SELECT window_amount" + inWindow + " ORDER BY window_amount DESC, code", asOf(month));
    List<String> loyal = strings("SELECT code FROM xc_customer WHERE as_of = ? AND cell = 'LOYAL' ORDER BY code",
        asOf(month));

    assertSameCustomers(loyal, q6.activeLoyal(), "Q6 active 優良");
    assertSameCustomers(ranking, pareto.ranking(), "Pareto ranking");
    assertEquals(topCount, pareto.topCount(), "top ⌈20 %⌉");
    assertEquals(topRevenue, pareto.topRevenue(), "top customers' window revenue");
    assertEquals(windowRevenue, pareto.windowRevenue(), "window's identified revenue");
    assertEquals(reachingFourFifths(amounts, windowRevenue), pareto.customersFor80Percent(), "customers for 80 %");
  }

  @ParameterizedTest
  @MethodSource("months")
  void loyalHabitsMatchSql(YearMonth month) {
    String loyalDates = "(SELECT DISTINCT o.customer_id, o.order_date FROM xc_order o JOIN xc_customer c "
        + "ON c.as_of = o.as_of AND c.customer_id = o.customer_id "
        + "WHERE o.as_of = ? AND o.net > 0 AND c.cell = 'LOYAL')";
    long[] gaps = longs("SELECT " + days("MAX(b.order_date)", "a.order_date") + " FROM " + loyalDates + " a JOIN "
        + loyalDates + " b ON b.customer_id = a.customer_id AND b.order_date < a.order_date "
        + "GROUP BY a.customer_id, a.order_date", asOf(month), asOf(month));
    long windowPurchases = longs("SELECT COALESCE(SUM(window_purchases), 0) FROM xc_customer "
        + "WHERE as_of = ? AND cell = 'LOYAL'", asOf(month))[0];
    LoyalHabits q7 = report(month).loyalHabits();

    assertEquals(gaps.length, q7.gaps(), "gaps");
    assertEquals(median(gaps), q7.medianGapDays(), "median gap days");
    assertEquals(windowPurchases, q7.windowPurchases(), "purchases in the window");
    assertTrue(q7.customers() > 0 && gaps.length > 0, "the shop has active 優良 customers with gaps");
  }

  @ParameterizedTest
  @MethodSource("months")
  void cpmCellsMatchSql(YearMonth month) {
    CpmCells cpm = report(month).cpm();
    Map<CpmCell, Integer> counts = new EnumMap<>(CpmCell.class);
    for (CpmCell cell : CpmCell.values()) {
      List<String> codes = strings("SELECT code FROM xc_customer WHERE as_of = ? AND cell = ? ORDER BY code",
          asOf(month), cell.name());
      assertSameCustomers(codes, cpm.customers(cell), "CPM " + cell);
      counts.put(cell, codes.size());
    }

    assertEquals(List.of(), strings("SELECT code FROM xc_customer WHERE as_of = ? AND cell IS NULL", asOf(month)),
        "customers no rule of METHOD.md's table places");
    assertEquals(counts, cpm.counts());
    assertEquals(T, cpm.basis().thresholds());
  }

  // The same customers in the same order; on a difference, which customers and where.
  private static void assertSameCustomers(List<String> sql, CustomerList engine, String figure) {
    List<String> codes = engine.codes();
    if (sql.equals(codes)) return;
    List<String> onlySql = new ArrayList<>(sql);
    onlySql.removeAll(codes);
    List<String> onlyEngine = new ArrayList<>(codes);
    onlyEngine.removeAll(sql);
    int i = 0;
    while (i < sql.size() && i < codes.size() && sql.get(i).equals(codes.get(i))) i++;
    fail(figure + ": SQL " + sql.size() + " customers, engine " + codes.size() + "; only in SQL " + onlySql
        + ", only in the engine " + onlyEngine + "; first difference at position " + i);
  }

  private static MonthReport report(YearMonth month) {
    return analytics.report(clientId, month, T);
  }

  // Smallest number of top customers whose window amounts reach 80 % of the window's revenue.
  private static OptionalInt reachingFourFifths(long[] rankedAmounts, long total) {
    long cumulative = 0;
    for (int i = 0; i < rankedAmounts.length && total > 0; i++) {
      cumulative += rankedAmounts[i];
      if (cumulative * 5 >= total * 4) return OptionalInt.of(i + 1);
    }
    return OptionalInt.empty();
  }

  private static OptionalDouble median(long[] values) {
    if (values.length == 0) return OptionalDouble.empty();
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return OptionalDouble.of((sorted[(n - 1) / 2] + sorted[n / 2]) / 2.0);
  }

  // Whole days from a to b (a ≤ b). Derby counts in the JVM's zone, where a DST day has 23 or 25 hours: round.
  private static String days(String a, String b) {
    return "(({fn TIMESTAMPDIFF(SQL_TSI_HOUR, " + a + ", " + b + ")} + 12) / 24)";
  }

  private static Date asOf(YearMonth month) {
    return Date.valueOf(month.atEndOfMonth());
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private static <T> T sql(Connection c, Work<T> work) {
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement st = prepare(c, sql, args)) {
      st.executeUpdate();
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
    PreparedStatement st = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) st.setObject(i + 1, args[i]);
    return st;
  }

  // Every row's first column, as longs (a one-row query gives its columns instead).
  private static long[] longs(String sql, Object... args) {
    return data.db().read(session -> sql(session.getConnection(), c -> {
      try (PreparedStatement st = prepare(c, sql, args); ResultSet rs = st.executeQuery()) {
        List<Long> values = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          if (columns > 1) {
            long[] row = new long[columns];
            for (int i = 0; i < columns; i++) row[i] = rs.getLong(i + 1);
            return row;
          }
          values.add(rs.getLong(1));
        }
        return values.stream().mapToLong(Long::longValue).toArray();
      }
    }));
  }

  private static List<String> strings(String sql, Object... args) {
    return data.db().read(session -> sql(session.getConnection(), c -> {
      try (PreparedStatement st = prepare(c, sql, args); ResultSet rs = st.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (rs.next()) values.add(rs.getString(1));
        return values;
      }
    }));
  }

  private static ImportSource source(String what, ImportKind kind) {
    String name = "demo-" + what + ".csv";
    return new ImportSource(name, Imports.sha256(name), kind);
  }

  @AfterAll
  static void close() {
    if (data != null) data.close();
  }
}
