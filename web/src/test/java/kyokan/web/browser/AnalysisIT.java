package kyokan.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import kyokan.web.browser.pages.AnalysisPages;
import kyokan.web.browser.pages.LoginPage;
import kyokan.web.browser.pages.StepPage;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/** The owner answers step 2 from memory, compares with the data, reads the dashboard and drills into a figure. */
class AnalysisIT {
  @TempDir Path temp;
  TestHost host;
  WebDriver driver;
  Fixture f;

  @BeforeEach
  void start() {
    driver = Browser.start(temp.resolve("chrome-profile"));
    host = TestHost.start(temp);
    f = new Fixture(host.services());
    host.services().engagements().setUnlocked(f.engagementX.getId(), "analysis", true, f.consultantA);
    f.importDemoSales();
  }

  @AfterEach
  void stop() {
    if (driver != null) driver.quit();
    if (host != null) host.close();
  }

  @Test
  void ownerAnswersFromMemoryThenSeesTheDataBesideTheirAnswers() {
    LoginPage.open(driver, host.baseUrl()).logIn(f.userX.getEmail(), Fixture.PASSWORD);
    String clientUrl = host.baseUrl() + "/clients/" + f.clientX.getId();
    StepPage step2 = StepPage.open(driver, clientUrl, "analysis");
    step2.answer("q1_repeat_share", "70");
    step2.answer("q2_new_share", "30");
    step2.answer("q3_lapsing_count", "20");
    step2.answer("q6_top_count", "25");
    step2.submit();

    AnalysisPages analysis = new AnalysisPages(driver);
    analysis.openComparison();
    assertEquals("4 / 8", analysis.answeredOfEight());
    String q1 = analysis.dataAnswer("q1");
    assertTrue(q1.matches("\\d+\\.\\d%"), "the data's repeat share: " + q1);
    assertTrue(analysis.comparisonRow("q1").contains("70%"), "the owner's answer beside it");
    assertTrue(analysis.comparisonRow("q1").matches("(?s).*[+−±]\\d+\\.\\d pt.*"), "and the gap in points");
    assertTrue(analysis.comparisonRow("q5").contains("(未回答)"), "unanswered questions say so");
    Browser.screenshot(driver, "20-analysis-comparison");

    analysis.openDashboard();
    assertEquals(q1, analysis.figure("q1"), "the dashboard and the comparison read the same engine");
    assertTrue(analysis.basis().contains(YearMonth.now().minusMonths(1).atEndOfMonth().toString()),
        "defaults to the last complete month: " + analysis.basis());
    for (String chart : new String[] {"revenue", "pareto", "f2", "cohorts", "lapsing"}) {
      assertTrue(analysis.hasChart(chart), "chart " + chart);
    }
    Browser.screenshot(driver, "21-analysis-dashboard");
    ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
        java.util.Map.of("media", "print"));
    assertTrue(!Browser.shown(driver, "analysis-nav") && !Browser.shown(driver, "month-form"),
        "the print stylesheet leaves out navigation and forms");
    assertTrue(Browser.shown(driver, "chart-pareto"), "and prints the charts");
    Browser.printPreview(driver, "21-analysis-dashboard-print");

    String lapsing = analysis.figure("q3_60");
    analysis.drillInto("q3_60");
    assertTrue(analysis.drillTitle().contains("60〜89日"), analysis.drillTitle());
    assertTrue(analysis.drillCount().startsWith(lapsing + "人"), "the list holds the figure's customers");
    analysis.sortBy("recency");
    assertTrue(analysis.drillRows() > 0);
    Browser.screenshot(driver, "22-analysis-drilldown");
    analysis.backToDashboard();
    assertEquals(q1, analysis.figure("q1"));
  }
}
