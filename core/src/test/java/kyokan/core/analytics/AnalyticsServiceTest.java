package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on a real database: caching per data version, invalidation, concurrency, clients apart. */
class AnalyticsServiceTest {
  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  @TempDir Path dir;
  private TestDatabase data;
  private User owner;
  private Client client;
  private AnalyticsService analytics;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    User consultant = data.consultant("yamada@example.jp");
    client = data.client(consultant, "さくら珈琲店");
    owner = data.clientUser(client, "owner@example.jp");
    analytics = new AnalyticsService(data.db(), data.ledgerVersion());
    Imports.sales(data, client.getId(), owner, Sales.of()
        .line("2024-12-01", "A", "1", "P", 10_000)
        .line("2025-03-10", "A", "2", "P", 6_000)
        .line("2025-03-05", "B", "3", "P", 4_000)
        .line("2025-03-20", null, "4", "P", 1_000), "march.csv");
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void computesOncePerDataVersionAndThresholds() {
    MonthReport first = analytics.report(client.getId(), MARCH, CpmThresholds.DEFAULTS);

    assertSame(analytics.ledger(client.getId()), analytics.ledger(client.getId()));
    assertSame(first, analytics.report(client.getId(), MARCH, CpmThresholds.byAmount(240, 90, 210, 70_000)));
    assertNotSame(first, analytics.report(client.getId(), MARCH, CpmThresholds.byAmount(240, 90, 210, 5_000)));
    assertSame(analytics.snapshot(client.getId(), LocalDate.of(2025, 3, 31)),
        analytics.snapshot(client.getId(), LocalDate.of(2025, 3, 31)));
    assertEquals(new Ratio(6_000, 10_000), first.revenue().repeatShare());
  }

  @Test
  void anImportDropsWhatWasComputedBefore() {
    Ledger before = analytics.ledger(client.getId());
    MonthReport reportBefore = analytics.report(client.getId(), MARCH, CpmThresholds.DEFAULTS);
    Imports.sales(data, client.getId(), owner, Sales.of().line("2025-03-28", "C", "5", "P", 2_000), "late.csv");
    Ledger after = analytics.ledger(client.getId());
    MonthReport reportAfter = analytics.report(client.getId(), MARCH, CpmThresholds.DEFAULTS);

    assertNotSame(before, after);
    assertEquals(before.version() + 1, after.version());
    assertEquals(after.version(), reportAfter.basis().dataVersion());
    assertEquals(12_000, reportAfter.revenue().identifiedRevenue());
    assertEquals(10_000, reportBefore.revenue().identifiedRevenue());
  }

  @Test
  void concurrentRequestsShareOneComputation() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      Callable<MonthReport> ask = () -> {
        start.await();
        return analytics.report(client.getId(), MARCH, CpmThresholds.DEFAULTS);
      };
      List<Future<MonthReport>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) futures.add(pool.submit(ask));
      start.countDown();
      MonthReport first = futures.get(0).get();
      for (Future<MonthReport> f : futures) assertSame(first, f.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void cpmCellsForAnyDateUseTheGivenThresholds() {
    CpmCells cells = analytics.cells(client.getId(), LocalDate.of(2025, 3, 31), CpmThresholds.DEFAULTS);

    // A: two purchases 99 days apart, ¥16,000 in all.
    assertEquals(1, cells.count(CpmCell.STEADY));
    assertEquals(1, cells.count(CpmCell.FIRST_TIMER));
    assertEquals(CpmThresholds.DEFAULTS, cells.basis().thresholds());
    assertEquals(0, analytics.cells(client.getId(), LocalDate.of(2024, 11, 30), CpmThresholds.DEFAULTS).total());
  }

  @Test
  void eachClientSeesOnlyItsOwnSales() {
    User consultant = data.consultant("suzuki@example.jp");
    Client other = data.client(consultant, "もみじ茶房");
    Imports.sales(data, other.getId(), owner, Sales.of().line("2025-03-02", "Z", "1", "P", 99_000), "other.csv");

    assertEquals(10_000, analytics.report(client.getId(), MARCH, CpmThresholds.DEFAULTS).revenue().identifiedRevenue());
    assertEquals(99_000, analytics.report(other.getId(), MARCH, CpmThresholds.DEFAULTS).revenue().identifiedRevenue());
  }

  @Test
  void aTightHeapBudgetKeepsOnlyTheLatestButStillAnswers() {
    AnalyticsService tight = new AnalyticsService(data.db(), data.ledgerVersion(), 1, 1);
    MonthReport march = tight.report(client.getId(), MARCH, CpmThresholds.DEFAULTS);
    MonthReport february = tight.report(client.getId(), YearMonth.of(2025, 2), CpmThresholds.DEFAULTS);

    assertEquals(10_000, march.revenue().identifiedRevenue());
    assertEquals(0, february.revenue().identifiedRevenue());
    assertNotSame(march, tight.report(client.getId(), MARCH, CpmThresholds.DEFAULTS));
  }

  @Test
  void theDefaultMonthIsTheLastCompleteMonthInTheData() {
    assertEquals(YearMonth.of(2025, 2), analytics.latestCompleteMonth(client.getId()).orElseThrow());
  }
}
