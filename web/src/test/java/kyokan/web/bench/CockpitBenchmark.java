package kyokan.web.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import kyokan.core.client.Client;
import kyokan.core.client.NewClient;
import kyokan.core.cockpit.ClientSummaryService;
import kyokan.core.db.Database;
import kyokan.core.demo.DemoShopGenerator;
import kyokan.core.demo.DemoShopSpec;
import kyokan.core.engagement.Engagement;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.meeting.ItemOwner;
import kyokan.core.meeting.Meeting;
import kyokan.core.meeting.MeetingCalendar;
import kyokan.core.meeting.MeetingService;
import kyokan.core.meeting.NewActionItem;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImportService;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cockpit with 30 clients of 100,000 customers each. One real ledger (100,000 customers, 400,000 lines,
 * 3 years; fewer lines than the analytics benchmarks' million, since the import alone took ten minutes on a shared machine) is imported and summarised by the real precomputation, timed; its summary and alerts are then
 * copied to 29 more clients (each with its own engagement in another program month, unlocked steps, an
 * overdue item and a planned meeting), since the page reads only the stored summaries and a few grouped
 * queries. The consultant then reads the cockpit over HTTP. Target: median under 100 ms. Not run by default:
 * {@code ./mvnw -q -o verify -pl web -Dtest=CockpitBenchmark -Dkyokan.benchmark=true -DskipITs -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "kyokan.benchmark", matches = "true")
class CockpitBenchmark {
  private static final int CLIENTS = 30;
  private static final int WARM_UP = 30;
  private static final int REQUESTS = 300;
  @TempDir Path temp;

  @Test
  void theConsultantReadsACockpitOfThirtyLargeClients() throws Exception {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = new Fixture(host.services());
      LocalDate end = YearMonth.now().minusMonths(1).atEndOfMonth();
      DemoShopGenerator shop = new DemoShopGenerator(DemoShopSpec.sakuraCoffee(end).withSize(100_000, 400_000));
      ClientSummaryService summaries = host.services().core().get(ClientSummaryService.class);
      long t0 = System.nanoTime();
      SalesImportService imports = host.services().core().get(SalesImportService.class);
      imports.importSales(f.clientX.getId(), new ImportSource("sales.csv", "2".repeat(64), ImportKind.SALES),
          shop.lineIterator(), 0, f.consultantA, Progress.NONE);
      System.out.printf("import (setup): %.0f s%n", (System.nanoTime() - t0) / 1e9);
      // The import queued a background refresh; a direct refresh waits for it, so the second one is timed alone.
      long b0 = System.nanoTime();
      summaries.refresh(f.clientX.getId());
      System.out.printf("summary precomputation after the import (ledger loaded from Derby): %.0f ms%n", (System.nanoTime() - b0) / 1e6);
      long r0 = System.nanoTime();
      summaries.refresh(f.clientX.getId());
      System.out.printf("summary precomputation, ledger in memory: %.0f ms%n", (System.nanoTime() - r0) / 1e6);

      List<Long> copies = new ArrayList<>();
      for (int i = 1; i < CLIENTS; i++) copies.add(copyClient(host, f, i).getId());
      copySummaries(host.services().db(), f.clientX.getId(), copies);

      WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
      String first = consultant.get("/").body();
      assertEquals(CLIENTS, first.split("data-testid=\"cockpit-row\"", -1).length - 1);
      assertFalse(first.contains("data-testid=\"stale\""), "every summary is current");
      for (int i = 0; i < WARM_UP; i++) consultant.get("/");
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        long s = System.nanoTime();
        WebClient.Response r = consultant.get(i % 3 == 0 ? "/?sort=revenue" : i % 3 == 1 ? "/?alert=any" : "/");
        times.add((System.nanoTime() - s) / 1e6);
        assertEquals(200, r.status());
      }
      Collections.sort(times);
      double median = times.get(times.size() / 2);
      System.out.printf("cockpit, %d clients, %d requests: median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", CLIENTS,
          REQUESTS, median, times.get(times.size() * 9 / 10), times.get(times.size() * 99 / 100), times.get(times.size() - 1));
      assertTrue(median < 100, "median " + median + " ms");
    }
  }

  /** Another client of consultant A, in month (i mod 7) + 1 of its program, with steps open, an overdue item and a meeting. */
  private static Client copyClient(TestHost host, Fixture f, int i) {
    var s = host.services();
    Client c = s.clients().create(f.consultantA, new NewClient("ベンチ店" + i, "喫茶店", null, null, null));
    Engagement e = s.engagements().start(c.getId(), YearMonth.now().minusMonths(i % 7), f.consultantA);
    for (var step : s.steps().steps()) {
      if (step.number() <= i % 7 + 1) s.engagements().setUnlocked(e.getId(), step.id(), true, f.consultantA);
    }
    MeetingService meetings = s.core().get(MeetingService.class);
    Meeting m = meetings.open(e, YearMonth.now(), f.consultantA);
    meetings.addActionItem(c.getId(), e.getId(), m.getId(),
        new NewActionItem("宿題 " + i, ItemOwner.CLIENT, LocalDate.now().minusDays(i % 3)), f.consultantA);
    s.core().get(MeetingCalendar.class).plan(e, LocalDate.now().plusDays(i % 5), null, "店舗", f.consultantA);
    return c;
  }

  /** Copies client X's summary, alerts and data version to the other clients, as if their own ledgers were summarised. */
  private static void copySummaries(Database db, long from, List<Long> to) {
    db.writeVoid(s -> {
      try {
        Connection c = s.getConnection();
        for (long id : to) {
          run(c, "INSERT INTO sales_data_version (client_id, version) SELECT ?, version FROM sales_data_version WHERE client_id = ?", id, from);
          run(c, "INSERT INTO client_summary SELECT ?, ledger_version, thresholds_id, computed_on, computed_at, last_sale,"
              + " summary_month, has_previous, revenue, prev_revenue, customers, prev_customers, repeat_part, repeat_whole,"
              + " prev_repeat_part, prev_repeat_whole, loyal, prev_loyal, has_movement, promotions, lapses, returns, sparkline"
              + " FROM client_summary WHERE client_id = ?", id, from);
          run(c, "INSERT INTO client_alert VALUES (?, 1, 'data-capture', 'bench', 'step.title', '/clients/1/steps/data-capture', 2)", id);
        }
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static void run(Connection c, String sql, long... ids) throws java.sql.SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < ids.length; i++) p.setLong(i + 1, ids[i]);
      p.executeUpdate();
    }
  }
}
