package kyokan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static kyokan.web.support.ImportPagesFlow.fields;
import static kyokan.web.support.ImportPagesFlow.finished;
import static kyokan.web.support.ImportPagesFlow.form;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.SharedFiles;
import kyokan.core.jobs.Progress;
import kyokan.core.meeting.Meeting;
import kyokan.core.meeting.MeetingService;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SaleLineInput;
import kyokan.core.sales.SalesImportService;
import kyokan.web.support.Fixture;
import kyokan.web.support.ImportPagesFlow;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two workbench processes (hosts on two ports) on one database (PostgreSQL when the tests run there), one request
 * after another alternating between them as behind a load balancer: they behave as one.
 */
class MultiProcessTest {
  @TempDir Path temp;

  @Test
  void twoHostsOnOneDatabaseBehaveAsOne() throws Exception {
    try (TestHost a = TestHost.start(temp); TestHost b = TestHost.startBeside(a, temp.resolve("b"))) {
      Fixture f = new Fixture(a.services());
      String step = "/clients/" + f.clientX.getId() + "/steps/" + Fixture.OPEN_STEP;

      // A session made on one process is known to the other.
      WebClient owner = a.client().login(f.userX.getEmail(), Fixture.PASSWORD);
      WebClient otherTab = b.client().login(f.userX.getEmail(), Fixture.PASSWORD);
      assertEquals(200, owner.to(b.baseUrl()).get(step).status());

      // A worksheet saved through one process; the same version saved through the other is refused as stale.
      otherTab.to(a.baseUrl()).get(step);
      int version = a.services().worksheets().load(f.engagementX.getId(), Fixture.OPEN_STEP).version();
      assertEquals(302, owner.post(step + "/worksheet", Map.of("version", String.valueOf(version), "action", "draft",
          "q_systems", "Airレジ")).status());
      WebClient.Response stale = otherTab.post(step + "/worksheet", Map.of("version", String.valueOf(version), "action", "draft",
          "q_systems", "スマレジ"));
      assertEquals(409, stale.status());
      assertTrue(stale.body().contains("data-testid=\"worksheet-conflict\""));
      assertEquals("Airレジ", b.services().worksheets().load(f.engagementX.getId(), Fixture.OPEN_STEP).answer("systems"));

      // A meeting opened on one process, its notes saved on the other, a stale save refused on the first.
      Meeting meeting = a.services().core().get(MeetingService.class).open(f.engagementX, YearMonth.now(), f.consultantA);
      WebClient consultant = a.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
      String path = "/clients/" + meeting.getClientId() + "/engagements/" + meeting.getEngagementId() + "/meetings/" + meeting.getId();
      assertEquals(200, consultant.to(b.baseUrl()).get(path).status());
      assertEquals(302, consultant.post(path + "/notes", Map.of("notes", "最初のメモ", "version", "0")).status());
      assertEquals(409, consultant.to(a.baseUrl()).post(path + "/notes", Map.of("notes", "古い画面のメモ", "version", "0")).status());
      assertTrue(consultant.get(path).body().contains("最初のメモ"));

      // An upload through one process, mapped and checked through the other, imported through the first and watched
      // on the second: the file, the jobs, their progress and results are in the database, not in either process.
      String importing = step + "/";
      byte[] csv = "日付,伝票番号,顧客コード,商品名,数量,金額\n2025-01-05,A-1,C1,ブレンド,1,550\n2025-01-06,A-2,C2,ラテ,2,1200\n"
          .getBytes(StandardCharsets.UTF_8);
      WebClient.Response uploaded = owner.to(a.baseUrl()).postFile(importing + "import", "file", "sales.csv", csv, Map.of("kind", "SALES"));
      String uploadId = ImportPagesFlow.uploadId(uploaded);
      String mappingPage = owner.to(b.baseUrl()).get(uploaded.location()).body();
      assertTrue(mappingPage.contains("ブレンド"), "the other process previews the file");
      WebClient.Response checked = owner.post(importing + "import/" + uploadId + "/check", fields(form(mappingPage, "mapping-form")));
      String checkPage = finished(owner.to(a.baseUrl()), checked.location());
      assertTrue(checkPage.contains("data-testid=\"rows-valid\">2<"), "the check run on one process is read on the other");
      WebClient.Response run = owner.post(importing + "import/" + uploadId + "/run", fields(form(checkPage, "/run\"")));
      String donePage = finished(owner.to(b.baseUrl()), run.location());
      assertTrue(donePage.contains("data-testid=\"done-imported\">2<"), "the import run on one process is watched from the other");
      assertTrue(a.services().core().get(SharedFiles.class).find(f.clientX.getId(), uploadId).isEmpty(), "the upload is gone once imported");

      // Figures asked of one process, an import on the other: the first answers from the new data at once.
      AnalyticsService figuresOnB = b.services().core().get(AnalyticsService.class);
      assertTrue(figuresOnB.latestCompleteMonth(f.clientX.getId()).filter(YearMonth.of(2026, 1)::equals).isEmpty(), "only 2025's sales yet");
      List<SaleLineInput> lines = List.of(line("2026-01-10", "A", 1_000), line("2026-02-05", "B", 2_000));
      a.services().core().get(SalesImportService.class).importSales(f.clientX.getId(),
          new ImportSource("jan.csv", "b".repeat(64), ImportKind.SALES), lines.iterator(), 0, f.userX, Progress.NONE);
      assertEquals(YearMonth.of(2026, 1), figuresOnB.latestCompleteMonth(f.clientX.getId()).orElseThrow());

      // Password guesses spread over both processes add up.
      WebClient guesser = a.client();
      for (int i = 0; i < 5; i++) guesser.to(i % 2 == 0 ? a.baseUrl() : b.baseUrl()).post("/login",
          Map.of("email", f.userX.getEmail(), "password", "wrong-" + i));
      WebClient.Response sixth = guesser.to(b.baseUrl()).post("/login", Map.of("email", f.userX.getEmail(), "password", Fixture.PASSWORD));
      assertTrue(sixth.status() != 302, "the right password is throttled after five wrong ones on either process");
    }
  }

  private static SaleLineInput line(String date, String customer, long amount) {
    return new SaleLineInput(LocalDate.parse(date), null, null, null, customer, null, null, null, 1, amount);
  }
}
