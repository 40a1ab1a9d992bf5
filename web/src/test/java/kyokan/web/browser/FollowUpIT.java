package kyokan.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kyokan.web.browser.pages.FollowUpPages;
import kyokan.web.browser.pages.LoginPage;
import kyokan.web.demo.DemoClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The demo consultant plans step 4, makes a campaign for the 初回離脱 group with a holdout, prints its labels, and
 * reads the demo campaign's result with its interval and verdict, in Japanese and in English.
 */
class FollowUpIT extends DemoShopBrowserTest {
  @Test
  void consultantPlansMakesACampaignWithAHoldoutPrintsLabelsAndReadsTheResult() throws Exception {
    LoginPage.open(driver, host.baseUrl()).logIn(DemoClient.CONSULTANT_EMAIL, DemoClient.CONSULTANT_PASSWORD);
    FollowUpPages step4 = FollowUpPages.open(driver, clientUrl);
    step4.openPlan();
    assertTrue(step4.planMessage("FIRST_TIMER_LAPSED").contains("ご連絡"), "the demo plan starts from the program's practice");
    step4.setPlanMessage("FIRST_TIMER_LAPSED", "半年ぶりのお便り。新しい豆と、店主の一言を。");
    step4.savePlan();
    assertTrue(step4.planSaved());
    assertEquals("半年ぶりのお便り。新しい豆と、店主の一言を。", step4.planMessage("FIRST_TIMER_LAPSED"));
    Browser.screenshot(driver, "50-followup-plan");

    step4.openCampaigns();
    step4.newCampaign();
    step4.name("初回離脱客へのお便り");
    step4.chooseCell("FIRST_TIMER_LAPSED");
    step4.holdout("20");
    step4.preview();
    int contacted = step4.previewed("contacted");
    int heldOut = step4.previewed("held-out");
    assertTrue(contacted > 0 && heldOut > 0, contacted + " / " + heldOut);
    assertTrue(step4.power().contains("見分けられる"), step4.power());
    Browser.screenshot(driver, "51-followup-campaign-preview");
    step4.create();
    assertEquals(contacted, step4.count("contacted"), "the list frozen is the list previewed");
    assertEquals(heldOut, step4.count("held-out"));
    Browser.screenshot(driver, "52-followup-campaign");

    try (PDDocument labels = Loader.loadPDF(download(step4.link("print-labels")))) {
      assertEquals((contacted + 11) / 12, labels.getNumberOfPages(), "a sheet of 12 labels per 12 contacted customers");
    }

    step4.openCampaigns();
    step4.openCampaign("お久しぶりはがき(よちよち・コツコツ離脱)");
    assertTrue(step4.verdict().matches("効果あり|効果は確認できず|逆効果の可能性"), step4.verdict());
    assertTrue(step4.interval().matches("[+-]\\d+\\.\\dpt 〜 [+-]\\d+\\.\\dpt"), step4.interval());
    Browser.screenshot(driver, "53-followup-result");
    step4.switchToEnglish();
    assertTrue(step4.verdict().matches("Effective|No effect shown|Possibly harmful"), step4.verdict());
    assertTrue(step4.explanation().contains("95%"), step4.explanation());
    Browser.screenshot(driver, "54-followup-result-en");
  }
}
