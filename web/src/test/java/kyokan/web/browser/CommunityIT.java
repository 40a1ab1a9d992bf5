package kyokan.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import kyokan.web.browser.pages.CommunityPages;
import kyokan.web.browser.pages.LoginPage;
import kyokan.web.demo.DemoClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's "done when" on the demo: the shop creates a tasting, invites the コツコツ and 優良 groups, prints the
 * invitations and records attendance; a customer answers the survey through its link without logging in; the shop
 * answers the comment; the consultant reads the community figures.
 */
class CommunityIT extends DemoShopBrowserTest {
  @Test
  void aTastingIsHeldACustomerAnswersWithoutLoginAndTheShopReplies() throws Exception {
    LoginPage.open(driver, host.baseUrl()).logIn(DemoClient.OWNER_EMAIL, DemoClient.OWNER_PASSWORD);
    CommunityPages step7 = new CommunityPages(driver, clientUrl);
    step7.openEvents();
    step7.newEvent("冬の新豆テイスティング会", LocalDate.now().plusDays(12).toString(), "店内", "24", "18000");
    step7.inviteCell("STEADY");
    step7.inviteCell("LOYAL");
    step7.sendInvitations();
    int invited = Integer.parseInt(step7.invitedFlash().replaceAll("\\D*(\\d+).*", "$1"));
    assertTrue(invited > 0, step7.invitedFlash());
    Browser.screenshot(driver, "70-community-event-invited");
    try (PDDocument letters = Loader.loadPDF(download(step7.link("print-letters")))) {
      assertEquals(invited, letters.getNumberOfPages(), "one invitation letter per invited customer");
    }
    step7.markCame(3);
    assertEquals(3, step7.cameCount());
    assertEquals("3", step7.outcomeAttendees());
    Browser.screenshot(driver, "71-community-attendance");

    step7.openVoice();
    step7.openFirstSurvey();
    String link = step7.publicLink();
    driver.manage().deleteAllCookies();
    driver.get(link);
    assertFalse(driver.getPageSource().contains(DemoClient.NAME), "the demo survey does not show the shop's name");
    assertFalse(driver.getPageSource().contains("ログアウト"), "nobody is logged in");
    Browser.screenshot(driver, "72-community-public-survey");
    String comment = "レジが混んでいて、少し待ちました";
    step7.answer(6, comment);
    assertTrue(step7.thanked());

    LoginPage.open(driver, host.baseUrl()).logIn(DemoClient.OWNER_EMAIL, DemoClient.OWNER_PASSWORD);
    step7.openVoice();
    assertTrue(step7.unanswered(comment), "the new comment waits for an answer");
    step7.reply(comment, "お待たせしてすみませんでした。", "土曜の午後はレジを2人にしました。");
    assertFalse(step7.unanswered(comment), "answered, it leaves the list");
    Browser.screenshot(driver, "73-community-voice");

    new LoginPage(driver).logOut();
    LoginPage.open(driver, host.baseUrl()).logIn(DemoClient.CONSULTANT_EMAIL, DemoClient.CONSULTANT_PASSWORD);
    step7.openVoice();
    step7.openFirstSurvey();
    assertTrue(step7.nps().matches("[+-]\\d+\\.\\d"), step7.nps());
    assertTrue(step7.npsInterval().contains("95%"), step7.npsInterval());
    Browser.screenshot(driver, "74-community-survey-results");
    step7.openFigures();
    assertTrue(step7.membersRepeat().endsWith("%"), step7.membersRepeat());
    Browser.screenshot(driver, "75-community-figures");
    step7.openIntroductions();
    Browser.screenshot(driver, "76-community-introductions");
  }
}
