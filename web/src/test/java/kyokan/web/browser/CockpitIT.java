package kyokan.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import kyokan.core.meeting.ItemOwner;
import kyokan.core.meeting.Meeting;
import kyokan.core.meeting.MeetingService;
import kyokan.core.meeting.NewActionItem;
import kyokan.web.browser.pages.CockpitPages;
import kyokan.web.browser.pages.LoginPage;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** The consultant's morning: read the cockpit, follow an alert, plan a meeting, print every report of the month. */
class CockpitIT {
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
    MeetingService meetings = host.services().core().get(MeetingService.class);
    Meeting last = meetings.open(f.engagementX, YearMonth.now(), f.consultantA);
    meetings.addActionItem(f.clientX.getId(), f.engagementX.getId(), last.getId(),
        new NewActionItem("顧客台帳の住所を直す", ItemOwner.CLIENT, LocalDate.now().minusDays(2)), f.consultantA);
  }

  @AfterEach
  void stop() {
    if (driver != null) driver.quit();
    if (host != null) host.close();
  }

  @Test
  void consultantReadsTheCockpitFollowsAnAlertPlansAMeetingAndPrintsTheMonth() throws Exception {
    LoginPage.open(driver, host.baseUrl()).logIn(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
    CockpitPages cockpit = new CockpitPages(driver);
    long x = f.clientX.getId();
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (cockpit.isStale(x)) {
      assertTrue(Instant.now().isBefore(until), "the summary is computed in the background within a minute");
      Thread.sleep(300);
      cockpit.open(host.baseUrl());
    }
    assertEquals(1, cockpit.rows().size(), "only the consultant's own client");
    assertTrue(cockpit.cell(x, "program").contains("1か月目"), cockpit.cell(x, "program"));
    assertTrue(cockpit.cell(x, "figure-revenue").matches("¥[\\d,]+ .*"), cockpit.cell(x, "figure-revenue"));
    assertTrue(cockpit.hasSparkline(x));
    assertTrue(cockpit.cell(x, "movement").startsWith("昇格"), cockpit.cell(x, "movement"));
    assertTrue(cockpit.alerts(x).contains("期限切れのアクション 1件"), cockpit.alerts(x).toString());
    Browser.screenshot(driver, "60-cockpit");

    cockpit.filter("5", "");
    assertTrue(cockpit.rows().isEmpty(), "no client in month 5");
    cockpit.filter("1", "overdue");
    assertEquals(1, cockpit.rows().size());

    cockpit.followAlert(x, "overdue");
    assertTrue(driver.getCurrentUrl().endsWith("/clients/" + x + "/action-items"), driver.getCurrentUrl());
    assertTrue(driver.getPageSource().contains("顧客台帳の住所を直す"));

    cockpit.open(host.baseUrl());
    cockpit.openMeetings();
    LocalDate day = LocalDate.now().plusDays(1);
    cockpit.planMeetingFor(x, day.toString(), "14:30", "https://meet.example.jp/x");
    assertEquals("面談を予定しました。", cockpit.flash());
    String planned = String.join("\n", cockpit.calendarRows());
    assertTrue(planned.contains(day.toString()) && planned.contains("14:30") && planned.contains(f.clientX.getName()), planned);
    assertTrue(planned.contains("予定"), planned);
    Browser.screenshot(driver, "61-meetings-this-month");
    cockpit.open(host.baseUrl());
    assertEquals(day.toString(), cockpit.cell(x, "next-meeting"));

    cockpit.printAll(YearMonth.now().minusMonths(1).toString());
    until = Instant.now().plus(Duration.ofSeconds(120));
    while (!"DONE".equals(cockpit.printState())) {
      assertTrue(Instant.now().isBefore(until), "the reports are made within two minutes");
      Thread.sleep(500);
      driver.navigate().refresh();
    }
    Browser.screenshot(driver, "62-print-the-month");
    HttpResponse<byte[]> zip = download(cockpit.downloadHref());
    assertEquals(200, zip.statusCode());
    assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
    assertEquals('P', (char) zip.body()[0]);
    assertFalse(driver.getPageSource().contains(f.clientY.getName()));
  }

  private HttpResponse<byte[]> download(String href) throws Exception {
    Cookie session = driver.manage().getCookieNamed("kyokan_session");
    HttpRequest request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", "kyokan_session=" + session.getValue()).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }
}
