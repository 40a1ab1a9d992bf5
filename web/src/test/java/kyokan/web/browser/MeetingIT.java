package kyokan.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import kyokan.core.meeting.MeetingService;
import kyokan.web.browser.pages.LoginPage;
import kyokan.web.browser.pages.MeetingPages;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/** A month's meeting: the consultant runs it from the agenda, the shop ticks off its item, the consultant sees it done. */
class MeetingIT {
  @TempDir Path temp;
  TestHost host;
  WebDriver driver;
  Fixture f;

  @BeforeEach
  void start() throws Exception {
    driver = Browser.start(temp.resolve("chrome-profile"));
    host = TestHost.start(temp);
    f = new Fixture(host.services());
    f.importDemoSales();
  }

  @AfterEach
  void stop() {
    if (driver != null) driver.quit();
    if (host != null) host.close();
  }

  @Test
  void consultantRunsTheMeetingAndTheShopTicksOffItsItem() throws Exception {
    String clientUrl = host.baseUrl() + "/clients/" + f.clientX.getId();
    LoginPage login = LoginPage.open(driver, host.baseUrl());
    login.logIn(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
    MeetingPages meeting = new MeetingPages(driver);
    meeting.openEngagement(clientUrl, f.engagementX.getId());
    meeting.openMeeting();

    assertTrue(meeting.figure("capture").matches("\\d+\\.\\d%"), meeting.figure("capture"));
    assertTrue(meeting.previousFigure("q1").matches("\\d+\\.\\d%"), "last month beside it");
    assertTrue(meeting.figure("loyal").matches("[\\d,]+人"), meeting.figure("loyal"));
    assertTrue(meeting.figure("active").matches("[\\d,]+人"), meeting.figure("active"));
    String sentence = meeting.movementSentence();
    assertTrue(sentence.startsWith(YearMonth.now().minusMonths(1).getYear() + "年") && sentence.endsWith("。"), sentence);
    assertTrue(sentence.contains("人が"), sentence);
    assertEquals("進捗レポート(PDF)", meeting.reportLabel());
    String report = meeting.reportHref();
    assertTrue(report.endsWith("/report.pdf?month=" + YearMonth.now()), report);
    Browser.screenshot(driver, "40-meeting-agenda");

    meeting.saveNotes("客数は前月並み。常連さんの来店間隔が少し空いてきた。");
    assertEquals("メモを保存しました。", meeting.flash());
    meeting.addDecision("優良客に手書きのお礼状を出す");
    assertTrue(meeting.decisions().contains("優良客に手書きのお礼状を出す"));
    String task = "優良客30人にお礼状を書く";
    meeting.addItemForClient(task, LocalDate.now().plusDays(20).toString());
    assertEquals("アクションアイテムを追加しました。", meeting.flash());
    long itemId = meeting.itemId(task);
    assertFalse(meeting.isDone(itemId));
    Browser.screenshot(driver, "41-meeting-recorded");
    assertPdf(report);
    Browser.printPreview(driver, "44-meeting-print");
    login.logOut();

    LoginPage.open(driver, host.baseUrl()).logIn(f.userX.getEmail(), Fixture.PASSWORD);
    assertTrue(meeting.myItems().contains(task), "the shop's item is on its home page");
    meeting.markDone(itemId);
    assertEquals("完了にしました。", meeting.flash());
    assertTrue(meeting.isDone(itemId));
    Browser.screenshot(driver, "42-client-item-done");
    login.logOut();

    LoginPage.open(driver, host.baseUrl()).logIn(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
    meeting.openEngagement(clientUrl, f.engagementX.getId());
    meeting.openListedMeeting(firstMeetingId());
    assertTrue(meeting.isDone(itemId), "the consultant sees the item done");
    assertTrue(meeting.doneLine(itemId).contains("エックス 店主"), meeting.doneLine(itemId));
    Browser.screenshot(driver, "43-meeting-item-done");
  }

  private long firstMeetingId() {
    return host.services().core().get(MeetingService.class).meetingsOf(f.clientX.getId(), f.engagementX.getId()).get(0).getId();
  }

  /** The report link answers a PDF, fetched with the browser's own session. */
  private void assertPdf(String url) throws IOException, InterruptedException {
    String session = driver.manage().getCookieNamed("kyokan_session").getValue();
    HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
        .header("Cookie", "kyokan_session=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
    assertEquals("%PDF", new String(r.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
  }
}
