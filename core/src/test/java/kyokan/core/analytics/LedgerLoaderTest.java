package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Random;
import kyokan.core.TestDatabase;
import kyokan.core.TestDatabases;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger read back from the database is the ledger that was imported. */
class LedgerLoaderTest {
  @TempDir Path dir;
  private TestDatabase data;
  private User owner;
  private Client client;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    User consultant = data.consultant("yamada@example.jp");
    client = data.client(consultant, "さくら珈琲店");
    owner = data.clientUser(client, "owner@example.jp");
  }

  @AfterEach
  void close() {
    data.close();
  }

  private Ledger load() {
    return new LedgerLoader(data.db(), data.ledgerVersion()).load(client.getId());
  }

  @Test
  void loadsWhatWasImportedWithTheSameFiguresAsInMemory() {
    Sales sales = CpmCellsPropertyTest.randomSales(new Random(7));
    Imports.sales(data, client.getId(), owner, sales, "sales.csv");
    Ledger loaded = load();
    Ledger expected = sales.ledger();

    assertEquals(expected.lineCount(), loaded.lineCount());
    assertEquals(expected.customerCount(), loaded.customerCount());
    assertEquals(expected.orderCount(), loaded.orderCount());
    assertEquals(data.ledgerVersion().current(client.getId()), loaded.version());
    for (YearMonth month = YearMonth.of(2023, 1); month.isBefore(YearMonth.of(2025, 2)); month = month.plusMonths(3)) {
      MonthReport a = MonthReport.of(expected, month, CpmThresholds.byAmount(120, 30, 200, 20_000));
      MonthReport b = MonthReport.of(loaded, month, CpmThresholds.byAmount(120, 30, 200, 20_000));
      assertEquals(a.revenue().identifiedRevenue(), b.revenue().identifiedRevenue(), month::toString);
      assertEquals(a.revenue().newRevenue(), b.revenue().newRevenue(), month::toString);
      assertEquals(a.revenue().revenue(), b.revenue().revenue(), month::toString);
      assertEquals(a.active(), withBasis(b.active(), a.basis()), month::toString);
      assertEquals(a.cpm().counts(), b.cpm().counts(), month::toString);
      assertEquals(a.top().pareto().ranking().codes(), b.top().pareto().ranking().codes(), month::toString);
      assertEquals(a.lapsing().days180OrMore().codes(), b.lapsing().days180OrMore().codes(), month::toString);
      assertEquals(a.f2().within90().rate(), b.f2().within90().rate(), month::toString);
      assertEquals(a.orderValue().windowPurchaseNet(), b.orderValue().windowPurchaseNet(), month::toString);
    }
  }

  private static ActiveShare withBasis(ActiveShare share, AnalysisBasis basis) {
    return new ActiveShare(basis, share.boughtInPeriod(), share.boughtInWindow(), share.customersEver());
  }

  @Test
  void readsTimesCodesNamesAndDayOrders() {
    Imports.sales(data, client.getId(), owner, Sales.of()
        .line("2025-03-05", "10:15:30", "A", null, "P1", 500)
        .line("2025-03-05", "18:00", "A", null, null, 300)
        .line("2025-03-06", "A", "X1", "P1", 200)
        .line("2025-03-06", null, null, "P1", 900), "sales.csv");
    Ledger ledger = load();

    assertEquals(1, ledger.customerCount());
    assertEquals("A", ledger.customerCode(0));
    assertEquals(2, ledger.orderCount());
    assertEquals(10 * 3600 + 15 * 60 + 30, ledger.lineSecondOfDay(0));
    assertEquals(ledger.lineOrder(0), ledger.lineOrder(1));
    assertEquals(LedgerBuilder.NO_TIME, ledger.lineSecondOfDay(2));
    assertEquals(LocalDate.of(2025, 3, 6), ledger.lineDate(3));
    assertEquals(Ledger.NONE, ledger.lineCustomer(3));
    assertEquals("P1", ledger.product(ledger.lineProduct(0)).code());
    assertEquals(Ledger.NONE, ledger.lineProduct(1));
  }

  @Test
  void aMergedCustomersSalesCountAsTheKeptCustomers() {
    Imports.sales(data, client.getId(), owner, Sales.of()
        .line("2025-01-05", "A", "1", "P", 500)
        .line("2025-02-05", "A2", "2", "P", 700), "sales.csv");
    Ledger before = load();
    long kept = before.customerId(Sales.customer(before, "A"));
    long merged = before.customerId(Sales.customer(before, "A2"));
    data.customerMerges().merge(client.getId(), kept, merged, owner);
    Ledger after = load();
    CustomerSnapshot s = CustomerSnapshot.of(after, LocalDate.of(2025, 3, 31));

    assertEquals(1, after.customerCount());
    assertEquals(kept, after.customerId(0));
    assertEquals(2, s.purchases(0));
    assertEquals(1_200, s.amount(0));
  }

  @Test
  void onPostgresqlTheLinesArriveInLedgerOrderSoTheLoaderNeedNotSortThem() {
    assumeTrue(TestDatabases.onServer(), "the PostgreSQL query; Derby's index gives the order (its own tests)");
    Random random = new Random(11);
    Sales sales = Sales.of();
    for (int i = 0; i < 3_000; i++) {
      // Anonymous lines, lines without a time or an order number, and numbers whose text order is not their numeric one.
      sales.add(new Sales.Line(random.nextInt(10) == 0 ? null : "C" + random.nextInt(300),
          LocalDate.of(2024, 1, 1).plusDays(random.nextInt(60)), random.nextInt(3) == 0 ? null : LocalTime.of(9 + random.nextInt(3), 0),
          random.nextInt(3) == 0 ? null : "N" + random.nextInt(2_000), "P1", 1_000));
    }
    Imports.sales(data, client.getId(), owner, sales, "sales.csv");
    LineSorter lines = new LineSorter(new LedgerBuilder(client.getId(), 0, 1024));

    data.db().read(s -> {
      try (PreparedStatement st = s.getConnection().prepareStatement(LedgerLoader.LINES_POSTGRESQL)) {
        st.setLong(1, client.getId());
        try (ResultSet rs = st.executeQuery()) {
          LedgerLoader.readLines(rs, lines, true);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      return null;
    });

    assertEquals(3_000, lines.size());
    assertTrue(lines.arrivedInLedgerOrder());
  }
}
