package kyokan.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kyokan.web.browser.pages.FollowUpPages;
import kyokan.web.browser.pages.LoginPage;
import kyokan.web.browser.pages.VipPages;
import kyokan.web.demo.DemoClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's "Done when" on the demo: the owner reads a VIP's カルテ, logs a hand-written letter, sees who is at
 * risk and turns them into a campaign (with its holdout) in one click; the consultant reads the retention chart.
 */
class VipTreatmentIT extends DemoShopBrowserTest {
  @Test
  void ownerReadsAKarteLogsALetterAndTurnsTheAtRiskIntoACampaignConsultantReadsRetention() {
    LoginPage.open(driver, host.baseUrl()).logIn(DemoClient.OWNER_EMAIL, DemoClient.OWNER_PASSWORD);
    VipPages step6 = VipPages.open(driver, clientUrl);
    step6.openRoster();
    assertTrue(step6.rosterSize() > 0, "the demo shop has a roster");
    Browser.screenshot(driver, "60-vip-roster");
    String name = step6.openFirstKarte();
    assertTrue(step6.karteTitle().startsWith(name), step6.karteTitle());
    assertTrue(step6.isVip());
    assertTrue(step6.rhythm().contains("日"), step6.rhythm());
    step6.choosePerk("手書きの手紙");
    step6.treatmentNote("いつもありがとうございます、と手書きで。");
    step6.saveTreatment();
    assertTrue(step6.flashText().contains("記録しました"), step6.flashText());
    assertTrue(step6.treatments().contains("いつもありがとうございます、と手書きで。"));
    assertTrue(step6.timeline().contains("優良客への特別扱い"), "the treatment is on the contact timeline");
    Browser.screenshot(driver, "61-vip-karte");

    step6.openAtRisk();
    int atRisk = step6.atRiskCount();
    assertTrue(atRisk > 0, "the demo has a few VIPs at risk");
    Browser.screenshot(driver, "62-vip-at-risk");
    step6.makeCampaign();
    FollowUpPages campaign = new FollowUpPages(driver);
    assertTrue(driver.getCurrentUrl().contains("/steps/segment-follow-up/campaigns/"), driver.getCurrentUrl());
    assertEquals(atRisk, campaign.count("targeted"), "every VIP at risk is on the list, in an arm or left out with the reason");
    Browser.screenshot(driver, "63-vip-at-risk-campaign");

    driver.manage().deleteAllCookies();
    LoginPage.open(driver, host.baseUrl()).logIn(DemoClient.CONSULTANT_EMAIL, DemoClient.CONSULTANT_PASSWORD);
    step6 = VipPages.open(driver, clientUrl);
    step6.openRetention();
    assertTrue(step6.hasRetentionChart());
    assertEquals(12, step6.retentionRows());
    assertTrue(step6.comparison().contains("証明ではありません"), "labelled as observational");
    Browser.screenshot(driver, "64-vip-retention");
  }
}
