package kyokan.web.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kyokan.core.engagement.Engagement;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.meeting.ActionItem;
import kyokan.core.meeting.ItemOwner;
import kyokan.core.meeting.Meeting;
import kyokan.core.meeting.MeetingService;
import kyokan.core.meeting.NewActionItem;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SaleLineInput;
import kyokan.core.sales.SalesImportService;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meeting pages over HTTP: opening, the agenda, notes with versions, items the client ticks off, and isolation. */
class MeetingFlowTest {
  private static final Pattern MEETING_PATH = Pattern.compile("/clients/\\d+/engagements/\\d+/meetings/(\\d+)");
  @TempDir static Path temp;
  static TestHost host;
  static Fixture f;
  static MeetingService meetings;

  @BeforeAll
  static void start() {
    host = TestHost.start(temp);
    f = new Fixture(host.services());
    meetings = host.services().core().get(MeetingService.class);
  }

  @AfterAll
  static void stop() {
    host.close();
  }

  @Test
  void theConsultantOpensAMeetingAndSeesAnAgendaAndTheEngagementListsIt() {
    WebClient consultant = consultant();
    String month = YearMonth.now().toString();
    WebClient.Response opened = consultant.post(engagementPath() + "/meetings", Map.of("month", month));
    assertEquals(302, opened.status());
    Matcher m = MEETING_PATH.matcher(opened.location());
    assertTrue(m.matches(), opened.location());

    WebClient.Response page = consultant.follow(opened);
    assertEquals(200, page.status());
    for (String part : List.of("agenda-figures", "agenda-movement", "agenda-worksheet", "agenda-carried", "meeting-notes",
        "meeting-decisions", "meeting-items")) {
      assertTrue(page.body().contains("data-testid=\"" + part + "\""), part);
    }
    assertTrue(page.body().contains("data-testid=\"no-figures\""), "no sales yet: the agenda says so");
    assertTrue(page.body().contains("ステップ1"), "month 1's step is the current step");
    assertTrue(page.body().contains(engagementPath() + "/report.pdf?month=" + month), "the report link names the month");

    consultant.post(engagementPath() + "/meetings", Map.of("month", month));
    String list = consultant.get(engagementPath()).body();
    assertTrue(list.contains("data-testid=\"meeting-link-" + m.group(1) + "\""));
    assertTrue(list.contains("第2回"), "an extra meeting in the same month is numbered");
  }

  @Test
  void aMonthOutsideTheEngagementIsRefused() {
    WebClient consultant = consultant();
    int before = meetings.meetingsOf(f.clientX.getId(), f.engagementX.getId()).size();
    WebClient.Response r = consultant.post(engagementPath() + "/meetings", Map.of("month", YearMonth.now().plusMonths(9).toString()));
    assertEquals(302, r.status());
    assertTrue(consultant.follow(r).body().contains("7か月の中から"));
    assertEquals(before, meetings.meetingsOf(f.clientX.getId(), f.engagementX.getId()).size());
  }

  @Test
  void aStaleNotesSaveIsRefusedWithBothVersionsShown() {
    Meeting meeting = open();
    WebClient consultant = consultant();
    String path = path(meeting);
    assertEquals(302, consultant.post(path + "/notes", Map.of("notes", "最初のメモ", "version", "0")).status());

    WebClient.Response stale = consultant.post(path + "/notes", Map.of("notes", "古い画面のメモ", "version", "0"));

    assertEquals(409, stale.status());
    assertTrue(stale.body().contains("data-testid=\"notes-conflict\""));
    assertTrue(stale.body().contains("最初のメモ") && stale.body().contains("古い画面のメモ"));
    assertEquals("最初のメモ", meetings.get(f.clientX.getId(), f.engagementX.getId(), meeting.getId()).getNotes());
  }

  @Test
  void anIncompleteActionItemIsRefusedWithTheReasonsAndNothingAdded() {
    Meeting meeting = open();
    WebClient.Response r = consultant().post(path(meeting) + "/action-items", Map.of("itemBody", "DMを送る", "itemDue", "来週"));
    assertEquals(400, r.status());
    assertTrue(r.body().contains("data-testid=\"error-itemDue\""));
    assertTrue(r.body().contains("data-testid=\"error-itemOwner\""));
    assertTrue(r.body().contains("value=\"DMを送る\""), "what was typed is kept");
    assertTrue(meetings.raisedIn(f.clientX.getId(), meeting.getId()).isEmpty());
  }

  @Test
  void theClientSeesTheirItemOnTheirHomeAndTicksItOffAndTheConsultantSeesItDone() {
    Meeting meeting = open();
    WebClient consultant = consultant();
    String due = LocalDate.now().plusDays(14).toString();
    consultant.get(path(meeting));
    assertEquals(302, consultant.post(path(meeting) + "/action-items",
        Map.of("itemBody", "常連さん10人に手紙を書く", "itemOwner", "CLIENT", "itemDue", due)).status());
    consultant.post(path(meeting) + "/action-items", Map.of("itemBody", "分析資料を用意する", "itemOwner", "CONSULTANT", "itemDue", due));
    List<ActionItem> items = meetings.raisedIn(f.clientX.getId(), meeting.getId());
    ActionItem theirs = items.stream().filter(a -> a.getOwner() == ItemOwner.CLIENT).findFirst().orElseThrow();
    ActionItem mine = items.stream().filter(a -> a.getOwner() == ItemOwner.CONSULTANT).findFirst().orElseThrow();

    WebClient owner = host.client().login(f.userX.getEmail(), Fixture.PASSWORD);
    String home = owner.get(clientPath()).body();
    assertTrue(home.contains("常連さん10人に手紙を書く"));
    assertFalse(home.contains("分析資料を用意する"), "the consultant's own items are not on the shop's list");
    assertEquals(403, owner.get(path(meeting)).status(), "the meeting page is the consultant's");
    assertEquals(404, owner.post(clientPath() + "/action-items/" + mine.getId() + "/done", Map.of()).status());

    WebClient.Response ticked = owner.post(clientPath() + "/action-items/" + theirs.getId() + "/done",
        Map.of("done", "1", "back", clientPath()));
    assertEquals(302, ticked.status());
    assertEquals(clientPath(), ticked.location());
    assertTrue(owner.follow(ticked).body().contains("data-testid=\"item-reopen-" + theirs.getId() + "\""));

    String page = consultant.get(path(meeting)).body();
    assertTrue(page.contains("data-testid=\"item-done-line-" + theirs.getId() + "\""));
    assertTrue(page.contains("エックス 店主が完了"));
  }

  @Test
  void itemsAndMeetingsOfAnotherClientAreNotReachable() {
    Meeting meeting = open();
    ActionItem item = meetings.addActionItem(f.clientX.getId(), f.engagementX.getId(), meeting.getId(),
        new NewActionItem("エックスの宿題", ItemOwner.CLIENT, LocalDate.now()), f.consultantA);
    Engagement engagementY = host.services().engagements().current(f.clientY.getId()).orElseThrow();
    Meeting meetingY = meetings.open(engagementY, YearMonth.now(), f.consultantB);

    WebClient ownerY = host.client().login(f.userY.getEmail(), Fixture.PASSWORD);
    String yPath = "/clients/" + f.clientY.getId();
    assertEquals(404, ownerY.post(yPath + "/action-items/" + item.getId() + "/done", Map.of()).status());
    assertEquals(403, ownerY.post(clientPath() + "/action-items/" + item.getId() + "/done", Map.of()).status());
    assertFalse(meetings.item(f.clientX.getId(), item.getId()).isDone());

    WebClient consultantA = consultant();
    String yMeetingUnderX = engagementPath() + "/meetings/" + meetingY.getId();
    assertEquals(404, consultantA.get(yMeetingUnderX).status());
    assertEquals(404, consultantA.post(yMeetingUnderX + "/notes", Map.of("notes", "上書き", "version", "0")).status());
    assertEquals(403, host.client().login(f.consultantB.getEmail(), Fixture.PASSWORD).get(path(meeting)).status());
    assertEquals("", meetings.get(f.clientY.getId(), engagementY.getId(), meetingY.getId()).getNotes());
  }

  @Test
  void tickingOffNeverRedirectsOutsideTheClient() {
    Meeting meeting = open();
    ActionItem item = meetings.addActionItem(f.clientX.getId(), f.engagementX.getId(), meeting.getId(),
        new NewActionItem("はがきを出す", ItemOwner.CLIENT, LocalDate.now()), f.consultantA);
    WebClient owner = host.client().login(f.userX.getEmail(), Fixture.PASSWORD);
    for (String back : List.of("https://example.com/", "//example.com", "/clients/" + f.clientY.getId())) {
      WebClient.Response r = owner.post(clientPath() + "/action-items/" + item.getId() + "/done", Map.of("back", back));
      assertEquals(clientPath(), r.location(), back);
    }
  }

  @Test
  void withSalesTheAgendaShowsTheEnginesFiguresAndTheMovementSentence() {
    Engagement engagementY = host.services().engagements().current(f.clientY.getId()).orElseThrow();
    YearMonth last = YearMonth.now().minusMonths(1);
    YearMonth before = last.minusMonths(1);
    List<SaleLineInput> lines = List.of(
        line(before.atDay(3), "A", 3_000), line(before.atDay(5), "B", 4_000), line(last.atDay(2), "A", 2_000),
        line(last.atEndOfMonth(), null, 1_000));
    host.services().core().get(SalesImportService.class).importSales(f.clientY.getId(),
        new ImportSource("y.csv", "b".repeat(64), ImportKind.SALES), lines.iterator(), 0, f.userY, Progress.NONE);
    Meeting meeting = meetings.open(engagementY, YearMonth.now(), f.consultantB);

    WebClient consultantB = host.client().login(f.consultantB.getEmail(), Fixture.PASSWORD);
    String body = consultantB.get("/clients/" + f.clientY.getId() + "/engagements/" + engagementY.getId()
        + "/meetings/" + meeting.getId()).body();

    assertTrue(body.contains("data-testid=\"figure-capture\">66.7%"), "2,000 of 3,000 identified");
    assertTrue(body.contains("data-testid=\"figure-active\">2人"));
    assertTrue(body.contains("初回客1人がよちよち客になりました。"), "the movement read out");
    assertTrue(body.contains("data-testid=\"movement-table\""));
  }

  private static SaleLineInput line(LocalDate date, String customer, long amount) {
    return new SaleLineInput(date, null, null, null, customer, null, null, null, 1, amount);
  }

  private static Meeting open() {
    return meetings.open(f.engagementX, YearMonth.now(), f.consultantA);
  }

  private static WebClient consultant() {
    return host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
  }

  private static String clientPath() {
    return "/clients/" + f.clientX.getId();
  }

  private static String engagementPath() {
    return clientPath() + "/engagements/" + f.engagementX.getId();
  }

  private static String path(Meeting m) {
    return MeetingController.path(m);
  }
}
