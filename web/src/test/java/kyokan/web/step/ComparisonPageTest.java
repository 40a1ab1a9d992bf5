package kyokan.web.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SaleLineInput;
import kyokan.core.sales.SalesImportService;
import kyokan.core.step.StepExtension;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 2's answers from memory shown beside the engine's figures for the same month. */
class ComparisonPageTest {
  @TempDir Path temp;

  @Test
  void theOwnersAnswersStandBesideTheDatasWithTheGap() {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = new Fixture(host.services());
      // March 2026: A's repeat order ¥2,000, B's first order ¥500, an anonymous ¥500 on the 31st.
      List<SaleLineInput> lines = List.of(line("2026-01-10", "1", "A", 1_000), line("2026-03-05", "2", "A", 2_000),
          line("2026-03-20", "3", "B", 500), line("2026-03-31", "4", null, 500));
      host.services().core().get(SalesImportService.class).importSales(f.clientX.getId(),
          new ImportSource("t.csv", "b".repeat(64), ImportKind.SALES), lines.iterator(), 0, f.consultantA, Progress.NONE);
      StepExtension analysis = host.services().steps().find("analysis").orElseThrow();
      host.services().worksheets().save(f.engagementX.getId(), "analysis", analysis.worksheet(), 0,
          Map.of("q1_repeat_share", "70", "q2_new_share", "30"), true, f.userX);

      WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
      WebClient.Response page = consultant.get("/clients/" + f.clientX.getId() + "/steps/analysis/compare");

      assertEquals(200, page.status());
      String html = page.body();
      assertTrue(html.contains("2026-03-31"), "states its as-of date");
      assertTrue(html.contains("data-testid=\"compare-data-q1\">80.0%"), "repeat share = ¥2,000 ÷ ¥2,500");
      assertTrue(html.contains("data-testid=\"compare-data-q2\">20.0%"), "new share = ¥500 ÷ ¥2,500");
      assertTrue(html.contains("+10.0 pt") && html.contains("−10.0 pt"), "the gaps in points");
      assertTrue(html.contains("data-testid=\"compare-answered\">2 / 8"), "two of eight answered from memory");
    }
  }

  private static SaleLineInput line(String date, String order, String customer, long amount) {
    return new SaleLineInput(LocalDate.parse(date), null, order, 1, customer, customer, "P1", "ブレンド", 1, amount);
  }
}
