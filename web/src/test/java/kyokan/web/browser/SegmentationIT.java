package kyokan.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import kyokan.web.browser.pages.LoginPage;
import kyokan.web.browser.pages.SegmentationPages;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/** The consultant reads the ten cells, tries a shorter lapse cut-off, previews, saves, and sees the counts change. */
class SegmentationIT {
  @TempDir Path temp;
  TestHost host;
  WebDriver driver;
  Fixture f;

  @BeforeEach
  void start() {
    driver = Browser.start(temp.resolve("chrome-profile"));
    host = TestHost.start(temp);
    f = new Fixture(host.services());
    host.services().engagements().setUnlocked(f.engagementX.getId(), "segmentation", true, f.consultantA);
    f.importDemoSales();
  }

  @AfterEach
  void stop() {
    if (driver != null) driver.quit();
    if (host != null) host.close();
  }

  @Test
  void consultantChangesAThresholdPreviewsSavesAndSeesTheCountsChange() {
    LoginPage.open(driver, host.baseUrl()).logIn(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
    SegmentationPages step3 = SegmentationPages.open(driver, host.baseUrl() + "/clients/" + f.clientX.getId());
    step3.openCells();
    String asOf = YearMonth.now().minusMonths(1).atEndOfMonth().toString();
    assertTrue(step3.basis().contains(asOf), "defaults to the last complete month: " + step3.basis());
    assertTrue(step3.basis().contains("離脱 240日"), "states the thresholds in use: " + step3.basis());
    assertTrue(step3.hasChart("cells"));
    int lapsedBefore = step3.count("FIRST_TIMER_LAPSED");
    int firstBefore = step3.count("FIRST_TIMER");
    Browser.screenshot(driver, "30-segmentation-cells");

    step3.openThresholds();
    assertTrue(step3.reason("lapse").startsWith("離脱: "), step3.reason("lapse"));
    assertTrue(step3.reason("amount").startsWith("金額: 平均客単価 ¥"), step3.reason("amount"));
    step3.setThreshold("lapseDays", "120");
    step3.preview();
    assertEquals(lapsedBefore, step3.previewCurrent("FIRST_TIMER_LAPSED"), "the current counts beside the new ones");
    int lapsedAfter = step3.previewProposed("FIRST_TIMER_LAPSED");
    assertTrue(lapsedAfter > lapsedBefore, "a shorter lapse cut-off lapses more first-timers: " + lapsedAfter);
    Browser.screenshot(driver, "31-segmentation-thresholds-preview");
    step3.save();
    assertTrue(step3.notice().contains("基準を保存しました"), step3.notice());
    assertTrue(step3.inForce().contains("離脱 120日"), step3.inForce());
    assertEquals(1, step3.historyRows());

    step3.openCellsTab();
    assertEquals(lapsedAfter, step3.count("FIRST_TIMER_LAPSED"), "the cells page counts with the saved thresholds");
    assertNotEquals(firstBefore, step3.count("FIRST_TIMER"));
    assertTrue(step3.basis().contains("離脱 120日"));

    step3.openMovement();
    assertTrue(step3.sentence().startsWith("今月は、"), step3.sentence());
    Browser.screenshot(driver, "32-segmentation-movement");
    Browser.printPreview(driver, "32-segmentation-movement-print");
    step3.openKind("LAPSE");
    assertTrue(step3.membersTitle().contains("離脱"), step3.membersTitle());
    assertTrue(step3.memberRows() > 0);
    Browser.screenshot(driver, "33-segmentation-members");
  }
}
