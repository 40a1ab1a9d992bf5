package kyokan.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import kyokan.web.browser.pages.ConsultantPages;
import kyokan.web.browser.pages.LoginPage;
import kyokan.web.browser.pages.PasswordChangePage;
import kyokan.web.browser.pages.StepPage;
import kyokan.web.support.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/** A consultant sets up a client and its program; the client fills step 2; the consultant reviews it. */
class ProgramWalkthroughIT {
  private static final String OWNER_EMAIL = "owner@himawari-bakery.jp";
  private static final String INITIAL_PASSWORD = "initial-pass-2026";
  private static final String OWN_PASSWORD = "ひまわりの朝は早い-2026";

  @TempDir Path temp;
  TestHost host;
  WebDriver driver;

  @BeforeEach
  void start() {
    driver = Browser.start(temp.resolve("chrome-profile"));
    host = TestHost.start(temp);
  }

  @AfterEach
  void stop() {
    if (driver != null) driver.quit();
    if (host != null) host.close();
  }

  @Test
  void consultantSetsUpClientWhoFillsStepTwoAndSeesTheReview() {
    LoginPage login = LoginPage.open(driver, host.baseUrl());
    Browser.screenshot(driver, "00-login");
    login.logIn(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
    ConsultantPages consultant = new ConsultantPages(driver);
    consultant.registerClient("ひまわりベーカリー", "パン屋", "日向 花子");
    assertEquals("ひまわりベーカリー", consultant.clientTitle());
    consultant.createClientUser("日向 花子", OWNER_EMAIL, INITIAL_PASSWORD);
    assertTrue(consultant.flash().contains("ユーザーを作成しました"));
    consultant.startEngagement(YearMonth.now().toString());
    consultant.unlock("data-capture");
    consultant.unlock("analysis");
    assertEquals("開放中", consultant.lockState("analysis"));
    assertTrue(consultant.changedBy("analysis").contains("コンサルタント"), "who unlocked it is shown");
    assertTrue(consultant.lockState("segmentation").contains("開放予定"));
    Browser.screenshot(driver, "01-engagement-timeline");
    String clientUrl = consultant.clientUrl();
    new LoginPage(driver).logOut();

    LoginPage.open(driver, host.baseUrl()).logIn(OWNER_EMAIL, INITIAL_PASSWORD);
    PasswordChangePage password = new PasswordChangePage(driver);
    assertTrue(password.asksForChange(), "the initial password must be changed first");
    Browser.screenshot(driver, "02-password-change");
    password.change(INITIAL_PASSWORD, OWN_PASSWORD);
    StepPage home = new StepPage(driver);
    for (String locked : new String[] {"segmentation", "segment-follow-up", "new-customer-care", "vip-treatment", "community"}) {
      assertTrue(home.isLockedInNav(locked), locked + " is greyed out");
      assertTrue(home.navText(locked).contains("開始"), locked + " shows the month it opens");
    }
    Browser.screenshot(driver, "03-client-home");

    driver.get(clientUrl + "/steps/segmentation");
    assertTrue(driver.getPageSource().contains("このページは表示できません"), "a locked step answers with a clear 403 page");
    Browser.screenshot(driver, "04-locked-step");

    StepPage step2 = StepPage.open(driver, clientUrl, "analysis");
    assertEquals("現状をしっかり把握し、分析しよう", step2.stepTitle());
    step2.answer("q1_repeat_share", "65");
    step2.answer("q3_lapsing_who", "朝の通勤客の何人かを最近見かけません。");
    step2.choose("q9_promotion_rule", "no");
    step2.saveDraft();
    step2 = new StepPage(driver);
    assertEquals("記入中", step2.status());
    assertEquals("65", step2.answerValue("q1_repeat_share"));
    step2.answer("q2_new_share", "35");
    step2.submit();
    step2 = new StepPage(driver);
    assertEquals("提出済", step2.status());
    Browser.screenshot(driver, "05-step2-submitted");
    new LoginPage(driver).logOut();

    LoginPage.open(driver, host.baseUrl()).logIn(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
    StepPage review = StepPage.open(driver, clientUrl, "analysis");
    review.comment("q1_repeat_share", "データでは58%でした。来月一緒に見ましょう。");
    review = new StepPage(driver);
    review.markReviewed();
    review = new StepPage(driver);
    assertEquals("確認済", review.status());
    Browser.screenshot(driver, "06-consultant-reviewed");
    new LoginPage(driver).logOut();

    LoginPage.open(driver, host.baseUrl()).logIn(OWNER_EMAIL, OWN_PASSWORD);
    StepPage seen = StepPage.open(driver, clientUrl, "analysis");
    assertTrue(seen.comments("q1_repeat_share").contains("データでは58%でした。"), "the client sees the comment");
    assertEquals("確認済", seen.status());
    Browser.screenshot(driver, "07-client-sees-comment");
  }
}
