package kyokan.web.cockpit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.cockpit.ClientSummaryService;
import kyokan.core.cockpit.CockpitRow;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.segmentation.SegmentationService;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cockpit over HTTP: figures precomputed after an import, filters, and "print the month" as a zip. */
class CockpitFlowTest {
  @TempDir static Path temp;
  static TestHost host;
  static Fixture f;
  static ClientSummaryService summaries;

  @BeforeAll
  static void start() {
    host = TestHost.start(temp);
    f = new Fixture(host.services());
    summaries = host.services().core().get(ClientSummaryService.class);
    f.importDemoSales();
  }

  @AfterAll
  static void stop() {
    host.close();
  }

  @Test
  void anImportIsSummarisedInTheBackgroundAndTheCockpitShowsItsFigures() {
    CockpitRow row = freshRow(f.clientX.getId());
    YearMonth month = host.services().core().get(AnalyticsService.class).latestCompleteMonth(f.clientX.getId()).orElseThrow();
    long revenue = host.services().core().get(SegmentationService.class).report(f.clientX.getId(), month).revenue().revenue();
    assertEquals(revenue, row.summary().getRevenue(), "the summary's revenue is the analysis's");
    assertEquals(12, row.summary().sparklineValues().size());
    assertTrue(row.summary().hasMovement(), "two complete months: a movement");

    String page = consultant().get("/").body();
    assertTrue(page.contains("data-testid=\"cockpit\""), page);
    assertTrue(page.contains(MoneyFormat.format(revenue, "JPY")), "the month's revenue is on the page");
    assertTrue(page.contains("<svg"), "the sparkline is inline SVG");
    assertFalse(page.contains(f.clientY.getName()), "another consultant's client is not listed");
  }

  @Test
  void theCockpitFiltersByProgramMonthAndAlert() {
    WebClient consultant = consultant();
    assertTrue(consultant.get("/?month=1").body().contains("data-client=\"" + f.clientX.getId() + "\""));
    assertFalse(consultant.get("/?month=5").body().contains("data-testid=\"cockpit-row\""));
    assertTrue(consultant.get("/?sort=revenue&dir=asc").body().contains("data-testid=\"cockpit-row\""));
  }

  @Test
  void printingTheMonthMakesAZipWithEveryClientsReport() throws IOException {
    WebClient consultant = consultant();
    String month = YearMonth.now().minusMonths(1).toString();
    WebClient.Response started = consultant.post("/cockpit/reports", Map.of("month", month));
    assertEquals(302, started.status());
    String jobPage = started.location();
    Instant until = Instant.now().plus(Duration.ofSeconds(120));
    while (!consultant.get(jobPage).body().contains("data-state=\"DONE\"")) {
      assertTrue(Instant.now().isBefore(until), "the reports are made within two minutes");
      sleep();
    }
    WebClient.Download zip = consultant.download(jobPage + "/zip");
    assertEquals("application/zip", zip.contentType());
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        assertTrue(new String(in.readAllBytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
      }
    }
    assertEquals(List.of("progress-report-" + f.clientX.getId() + "-" + month + ".pdf"), names);
    WebClient other = host.client().login(f.consultantB.getEmail(), Fixture.PASSWORD);
    assertEquals(404, other.get(jobPage).status(), "another consultant cannot see the job");
  }

  @Test
  void aBadPrintMonthIsRefused() {
    assertEquals(400, consultant().post("/cockpit/reports", Map.of("month", "2025-13")).status());
  }

  @Test
  void aMeetingIsPlannedWithinTheProgramAndListedOnlyForItsConsultant() {
    WebClient consultant = consultant();
    String path = "/clients/" + f.clientX.getId() + "/meetings";
    WebClient.Response outside = consultant.post(path, Map.of("date", YearMonth.now().plusMonths(9).atDay(3).toString(),
        "time", "10:00", "place", "本店"));
    assertEquals(400, outside.status());
    assertTrue(outside.body().contains("7か月の中から"), "the refusal says why");
    assertEquals(400, consultant.post(path, Map.of("date", "3月3日", "time", "", "place", "")).status());

    String day = YearMonth.now().atEndOfMonth().toString();
    WebClient.Response planned = consultant.post(path, Map.of("date", day, "time", "09:30", "place", "https://meet.example.jp/a"));
    assertEquals(302, planned.status());
    String calendar = consultant.follow(planned).body();
    assertTrue(calendar.contains(day) && calendar.contains("09:30") && calendar.contains("href=\"https://meet.example.jp/a\""), calendar);
    assertTrue(consultant.get("/").body().contains(day), "the cockpit shows the next meeting");
    WebClient other = host.client().login(f.consultantB.getEmail(), Fixture.PASSWORD);
    assertFalse(other.get("/meetings").body().contains(f.clientX.getName()));
    assertEquals(403, other.post(path, Map.of("date", day, "time", "", "place", "")).status());
  }

  /** Waits for the background summary of the client to be computed from the current data. */
  static CockpitRow freshRow(long clientId) {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      CockpitRow row = summaries.cockpit(f.consultantA.getId()).stream().filter(r -> r.clientId() == clientId).findFirst()
          .orElseThrow();
      if (!row.stale()) return row;
      assertTrue(Instant.now().isBefore(until), "the summary is refreshed within a minute");
      sleep();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static WebClient consultant() {
    return host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
  }
}
