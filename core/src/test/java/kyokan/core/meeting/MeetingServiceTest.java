package kyokan.core.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kyokan.core.NotFoundException;
import kyokan.core.TestDatabase;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Meetings, notes, decisions and action items on a real Derby database. */
class MeetingServiceTest {
  private static final YearMonth APRIL = YearMonth.of(2026, 4);
  private static final YearMonth MAY = YearMonth.of(2026, 5);
  private static final LocalDate DUE = LocalDate.of(2026, 4, 30);

  @TempDir Path dir;
  private TestDatabase data;
  private MeetingService meetings;
  private User consultant;
  private User owner;
  private Client client;
  private Engagement engagement;
  private User otherConsultant;
  private Engagement otherEngagement;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    meetings = new MeetingService(data.db(), data.clock());
    consultant = data.consultant("yamada@example.jp");
    client = data.client(consultant, "さくら珈琲店");
    owner = data.clientUser(client, "owner@sakura.example.jp");
    engagement = data.engagement(client, APRIL, consultant);
    otherConsultant = data.consultant("suzuki@example.jp");
    Client other = data.client(otherConsultant, "ワイ美容室");
    otherEngagement = data.engagement(other, APRIL, otherConsultant);
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void anExtraMeetingInTheSameMonthGetsTheNextNumber() {
    Meeting first = meetings.open(engagement, APRIL, consultant);
    Meeting second = meetings.open(engagement, APRIL, consultant);
    Meeting may = meetings.open(engagement, MAY, consultant);

    assertEquals(List.of(1, 2, 1), List.of(first.getSeq(), second.getSeq(), may.getSeq()));
    assertEquals(List.of(first.getId(), second.getId(), may.getId()),
        meetings.meetingsOf(client.getId(), engagement.getId()).stream().map(Meeting::getId).toList());
    assertEquals("山田 花子", first.getCreatedByName());
  }

  @Test
  void aMonthOutsideTheEngagementIsRefused() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> meetings.open(engagement, APRIL.plusMonths(7), consultant));
    assertEquals(Map.of("month", "error.meeting.month"), e.problems());
    assertThrows(ValidationException.class, () -> meetings.open(engagement, APRIL.minusMonths(1), consultant));
    assertTrue(meetings.meetingsOf(client.getId(), engagement.getId()).isEmpty());
  }

  @Test
  void aStaleNotesSaveIsRefusedAndOverwritesNothing() {
    Meeting m = meetings.open(engagement, APRIL, consultant);
    assertEquals(1, meetings.saveNotes(client.getId(), engagement.getId(), m.getId(), 0, "客数が伸びた", consultant));
    assertEquals(2, meetings.saveNotes(client.getId(), engagement.getId(), m.getId(), 1, "客数が伸びた。DMを検討", consultant));

    assertThrows(MeetingConflictException.class,
        () -> meetings.saveNotes(client.getId(), engagement.getId(), m.getId(), 1, "古い画面から", consultant));

    Meeting saved = meetings.get(client.getId(), engagement.getId(), m.getId());
    assertEquals("客数が伸びた。DMを検討", saved.getNotes());
    assertEquals(2, saved.getVersion());
    assertEquals("山田 花子", saved.getUpdatedByName());
  }

  @Test
  void notesLongerThanTheLimitAreRefused() {
    Meeting m = meetings.open(engagement, APRIL, consultant);
    String tooLong = "あ".repeat(MeetingService.MAX_NOTES + 1);
    ValidationException e = assertThrows(ValidationException.class,
        () -> meetings.saveNotes(client.getId(), engagement.getId(), m.getId(), 0, tooLong, consultant));
    assertEquals(Map.of("notes", "error.meeting.tooLong"), e.problems());
    assertEquals(0, meetings.get(client.getId(), engagement.getId(), m.getId()).getVersion());
  }

  @Test
  void anActionItemNeedsWhatWhoAndWhenAndNothingIsWrittenWithoutThem() {
    Meeting m = meetings.open(engagement, APRIL, consultant);
    ValidationException e = assertThrows(ValidationException.class,
        () -> meetings.addActionItem(client.getId(), engagement.getId(), m.getId(), new NewActionItem("  ", null, null), consultant));
    assertEquals(Map.of("itemBody", "error.required", "itemOwner", "error.meeting.owner", "itemDue", "error.meeting.due"),
        e.problems());
    assertTrue(meetings.raisedIn(client.getId(), m.getId()).isEmpty());
  }

  @Test
  void decisionsAreKeptPerMeetingAndCanBeRemoved() {
    Meeting m = meetings.open(engagement, APRIL, consultant);
    Decision keep = meetings.addDecision(client.getId(), engagement.getId(), m.getId(), "優良客にお礼状を出す", consultant);
    Decision drop = meetings.addDecision(client.getId(), engagement.getId(), m.getId(), "間違い", consultant);
    assertThrows(ValidationException.class,
        () -> meetings.addDecision(client.getId(), engagement.getId(), m.getId(), " ", consultant));

    meetings.deleteDecision(client.getId(), engagement.getId(), m.getId(), drop.getId(), consultant);

    assertEquals(List.of(keep.getId()), meetings.decisions(client.getId(), m.getId()).stream().map(Decision::getId).toList());
  }

  @Test
  void itemsCarryOverToLaterMeetingsUntilDone() {
    Meeting april = meetings.open(engagement, APRIL, consultant);
    ActionItem dm = item(april, "離脱客にDMを送る", ItemOwner.CLIENT);
    ActionItem list = item(april, "優良客リストを作る", ItemOwner.CONSULTANT);
    data.clock().advance(Duration.ofDays(10));
    meetings.setDone(client.getId(), list.getId(), true, consultant);
    data.clock().advance(Duration.ofDays(20));

    Meeting may = meetings.open(engagement, MAY, consultant);
    assertEquals(List.of(dm.getId()), ids(meetings.carriedOver(may)), "the item done before May's meeting stays behind");

    data.clock().advance(Duration.ofDays(1));
    meetings.setDone(client.getId(), dm.getId(), true, owner);
    List<ActionItem> carried = meetings.carriedOver(may);
    assertEquals(List.of(dm.getId()), ids(carried), "ticked off during the meeting: still on its agenda, now done");
    assertTrue(carried.get(0).isDone());
    assertEquals("佐藤 一郎", carried.get(0).getDoneByName());
    assertEquals(APRIL, carried.get(0).getMeetingMonth());

    data.clock().advance(Duration.ofDays(30));
    Meeting june = meetings.open(engagement, MAY.plusMonths(1), consultant);
    assertTrue(meetings.carriedOver(june).isEmpty());
    assertTrue(meetings.carriedOver(april).isEmpty(), "nothing carries into the first meeting");
  }

  @Test
  void theClientTicksOffOnlyTheirOwnItemsAndMayReopenThem() {
    Meeting m = meetings.open(engagement, APRIL, consultant);
    ActionItem theirs = item(m, "POPを書く", ItemOwner.CLIENT);
    ActionItem mine = item(m, "分析資料を作る", ItemOwner.CONSULTANT);

    assertThrows(NotFoundException.class, () -> meetings.setDone(client.getId(), mine.getId(), true, owner));
    assertFalse(meetings.item(client.getId(), mine.getId()).isDone());

    assertTrue(meetings.setDone(client.getId(), theirs.getId(), true, owner).isDone());
    assertEquals(List.of(theirs.getId()), ids(meetings.clientItems(client.getId())), "done items stay on the list for a while");
    assertFalse(meetings.setDone(client.getId(), theirs.getId(), false, owner).isDone());
    assertEquals(List.of(theirs.getId(), mine.getId()), ids(meetings.openItems(client.getId())));

    data.clock().advance(Duration.ofDays(1));
    meetings.setDone(client.getId(), theirs.getId(), true, owner);
    data.clock().advance(MeetingService.DONE_VISIBLE.plusDays(1));
    assertTrue(meetings.clientItems(client.getId()).isEmpty(), "long-done items leave the client's list");
  }

  @Test
  void anotherClientsMeetingsAndItemsAreNotFound() {
    Meeting theirs = meetings.open(otherEngagement, APRIL, otherConsultant);
    long otherClient = otherEngagement.getClientId();
    ActionItem theirItem = meetings.addActionItem(otherClient, otherEngagement.getId(), theirs.getId(),
        new NewActionItem("秘密", ItemOwner.CLIENT, DUE), otherConsultant);
    Decision theirDecision = meetings.addDecision(otherClient, otherEngagement.getId(), theirs.getId(), "秘密の決定", otherConsultant);
    long c = client.getId();
    long e = engagement.getId();

    assertThrows(NotFoundException.class, () -> meetings.get(c, e, theirs.getId()));
    assertThrows(NotFoundException.class, () -> meetings.get(c, otherEngagement.getId(), theirs.getId()));
    assertThrows(NotFoundException.class, () -> meetings.saveNotes(c, e, theirs.getId(), 0, "上書き", consultant));
    assertThrows(NotFoundException.class, () -> meetings.addDecision(c, e, theirs.getId(), "x", consultant));
    assertThrows(NotFoundException.class, () -> meetings.addActionItem(c, e, theirs.getId(),
        new NewActionItem("x", ItemOwner.CLIENT, DUE), consultant));
    assertThrows(NotFoundException.class, () -> meetings.setDone(c, theirItem.getId(), true, owner));
    assertThrows(NotFoundException.class, () -> meetings.setDone(c, theirItem.getId(), true, consultant));
    Meeting mine = meetings.open(engagement, APRIL, consultant);
    assertThrows(NotFoundException.class, () -> meetings.deleteDecision(c, e, mine.getId(), theirDecision.getId(), consultant));
    assertThrows(NotFoundException.class, () -> meetings.deleteActionItem(c, e, mine.getId(), theirItem.getId(), consultant));

    Meeting untouched = meetings.get(otherClient, otherEngagement.getId(), theirs.getId());
    assertEquals("", untouched.getNotes());
    assertFalse(meetings.item(otherClient, theirItem.getId()).isDone());
    assertEquals(1, meetings.decisions(otherClient, theirs.getId()).size());
    assertTrue(meetings.openItems(c).isEmpty());
  }

  @Test
  void theMinutesOfAMonthHoldEveryMeetingOfIt() {
    Meeting first = meetings.open(engagement, APRIL, consultant);
    meetings.addDecision(client.getId(), engagement.getId(), first.getId(), "ニュースレターを始める", consultant);
    item(first, "第1号を書く", ItemOwner.CLIENT);
    Meeting extra = meetings.open(engagement, APRIL, consultant);
    meetings.saveNotes(client.getId(), engagement.getId(), extra.getId(), 0, "臨時の打ち合わせ", consultant);

    List<MeetingMinutes> minutes = meetings.minutes(client.getId(), APRIL);

    assertEquals(2, minutes.size());
    assertEquals("ニュースレターを始める", minutes.get(0).decisions().get(0).getBody());
    assertEquals("第1号を書く", minutes.get(0).raised().get(0).getBody());
    assertEquals("臨時の打ち合わせ", minutes.get(1).meeting().getNotes());
    assertEquals(1, minutes.get(1).carriedOver().size(), "the first meeting's open item carries into the extra one");
    assertTrue(meetings.minutes(client.getId(), MAY).isEmpty());
  }

  private ActionItem item(Meeting m, String body, ItemOwner who) {
    return meetings.addActionItem(client.getId(), engagement.getId(), m.getId(), new NewActionItem(body, who, DUE), consultant);
  }

  private static List<Long> ids(List<ActionItem> items) {
    return items.stream().map(ActionItem::getId).toList();
  }
}
