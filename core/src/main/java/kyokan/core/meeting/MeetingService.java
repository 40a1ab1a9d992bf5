package kyokan.core.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.db.Database;
import kyokan.core.engagement.Engagement;
import org.apache.ibatis.session.SqlSession;

/**
 * The monthly meetings of a client's engagement: the consultant opens one for a month (more than one
 * when needed), keeps notes, records decisions and action items. Notes carry a version: a save from a
 * stale page is refused with {@link MeetingConflictException} and changes nothing. Action items belong to
 * the client and carry over until done; the client's own users tick off the items that are theirs.
 * Every method names the client, and an id of another client's meeting or item is {@link NotFoundException}.
 */
public final class MeetingService {
  static final int MAX_NOTES = 20_000;
  static final int MAX_DECISION = 2_000;
  static final int MAX_ITEM = 1_000;
  /** Done items stay on the client's list this long, so the owner sees what they ticked off. */
  static final Duration DONE_VISIBLE = Duration.ofDays(30);
  private final Database db;
  private final Clock clock;

  public MeetingService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    // Core's mapper list lives in the db package; registering here keeps this feature in one place.
    db.addMapper(MeetingMapper.class);
  }

  /** Opens a meeting for one month of the engagement; a second one in the same month gets the next number. */
  public Meeting open(Engagement engagement, YearMonth month, User consultant) {
    requireConsultant(consultant);
    if (month == null || engagement.programMonth(month) < 1 || engagement.programMonth(month) > Engagement.MONTHS) {
      throw new ValidationException("month", "error.meeting.month");
    }
    return db.write(s -> {
      MeetingMapper m = s.getMapper(MeetingMapper.class);
      Integer last = m.selectMaxSeq(engagement.getId(), month.atDay(1));
      Meeting meeting = Meeting.of(engagement.getClientId(), engagement.getId(), month, last == null ? 1 : last + 1,
          consultant.getId(), clock.instant());
      m.insertMeeting(meeting);
      return m.selectMeeting(engagement.getClientId(), meeting.getId());
    });
  }

  /** The meeting, if it is the client's and belongs to that engagement. */
  public Meeting get(long clientId, long engagementId, long meetingId) {
    Meeting m = db.read(s -> s.getMapper(MeetingMapper.class).selectMeeting(clientId, meetingId));
    if (m == null || m.getEngagementId() != engagementId) throw new NotFoundException("meeting " + meetingId);
    return m;
  }

  /** The engagement's meetings, by month and then in the order they were opened. */
  public List<Meeting> meetingsOf(long clientId, long engagementId) {
    return db.read(s -> s.getMapper(MeetingMapper.class).selectByEngagement(clientId, engagementId));
  }

  /**
   * Saves the meeting's notes over the version the page was loaded with.
   *
   * @return the new version
   * @throws MeetingConflictException when someone saved since; nothing is written
   */
  public int saveNotes(long clientId, long engagementId, long meetingId, int expectedVersion, String notes, User consultant) {
    requireConsultant(consultant);
    String text = notes == null ? "" : notes.strip();
    if (text.length() > MAX_NOTES) throw new ValidationException("notes", "error.meeting.tooLong");
    return db.write(s -> {
      Meeting m = meetingIn(s, clientId, engagementId, meetingId);
      if (m.getVersion() != expectedVersion) throw new MeetingConflictException();
      if (mapper(s).updateNotes(clientId, meetingId, text, expectedVersion, consultant.getId(), clock.instant()) == 0) {
        throw new MeetingConflictException();
      }
      return expectedVersion + 1;
    });
  }

  public Decision addDecision(long clientId, long engagementId, long meetingId, String body, User consultant) {
    requireConsultant(consultant);
    String text = required("decision", body, MAX_DECISION);
    return db.write(s -> {
      Decision d = Decision.of(meetingIn(s, clientId, engagementId, meetingId), text, consultant.getId(), clock.instant());
      mapper(s).insertDecision(d);
      return d;
    });
  }

  public void deleteDecision(long clientId, long engagementId, long meetingId, long decisionId, User consultant) {
    requireConsultant(consultant);
    db.writeVoid(s -> {
      meetingIn(s, clientId, engagementId, meetingId);
      if (mapper(s).deleteDecision(clientId, meetingId, decisionId) == 0) throw new NotFoundException("decision " + decisionId);
    });
  }

  public List<Decision> decisions(long clientId, long meetingId) {
    return db.read(s -> mapper(s).selectDecisions(clientId, meetingId));
  }

  /** Adds an action item: what, who, by when. All three are required; problems come back together. */
  public ActionItem addActionItem(long clientId, long engagementId, long meetingId, NewActionItem item, User consultant) {
    requireConsultant(consultant);
    Map<String, String> problems = new LinkedHashMap<>();
    String body = item.body() == null ? "" : item.body().strip();
    if (body.isEmpty()) problems.put("itemBody", "error.required");
    else if (body.length() > MAX_ITEM) problems.put("itemBody", "error.meeting.tooLong");
    if (item.owner() == null) problems.put("itemOwner", "error.meeting.owner");
    if (item.dueDate() == null) problems.put("itemDue", "error.meeting.due");
    if (!problems.isEmpty()) throw new ValidationException(problems);
    return db.write(s -> {
      ActionItem a = ActionItem.of(meetingIn(s, clientId, engagementId, meetingId), item, consultant.getId(), clock.instant());
      mapper(s).insertItem(a);
      return mapper(s).selectItem(clientId, a.getId());
    });
  }

  public void deleteActionItem(long clientId, long engagementId, long meetingId, long itemId, User consultant) {
    requireConsultant(consultant);
    db.writeVoid(s -> {
      meetingIn(s, clientId, engagementId, meetingId);
      if (mapper(s).deleteItem(clientId, meetingId, itemId) == 0) throw new NotFoundException("action item " + itemId);
    });
  }

  /**
   * Marks an item done, or open again. The consultant may change any of the client's items; the client's
   * own users only the items that are theirs (the others are not shown to them, so they are not found).
   */
  public ActionItem setDone(long clientId, long itemId, boolean done, User user) {
    return db.write(s -> {
      MeetingMapper m = mapper(s);
      ActionItem item = m.selectItem(clientId, itemId);
      if (item == null || !user.isConsultant() && item.getOwner() != ItemOwner.CLIENT) {
        throw new NotFoundException("action item " + itemId);
      }
      if (done) m.markDone(clientId, itemId, user.getId(), clock.instant());
      else m.reopen(clientId, itemId);
      return m.selectItem(clientId, itemId);
    });
  }

  /** One item of the client, or {@link NotFoundException}. */
  public ActionItem item(long clientId, long itemId) {
    ActionItem item = db.read(s -> mapper(s).selectItem(clientId, itemId));
    if (item == null) throw new NotFoundException("action item " + itemId);
    return item;
  }

  /** The items a meeting raised, in the order they were added. */
  public List<ActionItem> raisedIn(long clientId, long meetingId) {
    return db.read(s -> mapper(s).selectItemsRaisedIn(clientId, meetingId));
  }

  /** Items from the client's earlier meetings that were open when this meeting began (done since, or still open). */
  public List<ActionItem> carriedOver(Meeting meeting) {
    return db.read(s -> mapper(s).selectCarriedOver(meeting.getClientId(), meeting.getMonth().atDay(1), meeting.getSeq(),
        meeting.getCreatedAt()));
  }

  /** The client's own items: open ones by due date, then those done in the last 30 days. */
  public List<ActionItem> clientItems(long clientId) {
    return db.read(s -> mapper(s).selectItems(clientId, ItemOwner.CLIENT, clock.instant().minus(DONE_VISIBLE)));
  }

  /** Every open item of the client, whoever does it. */
  public List<ActionItem> openItems(long clientId) {
    return db.read(s -> mapper(s).selectItems(clientId, null, null));
  }

  /** What the meetings of one month left behind, for the printed report; empty when no meeting was held. */
  public List<MeetingMinutes> minutes(long clientId, YearMonth month) {
    List<Meeting> meetings = db.read(s -> mapper(s).selectByMonth(clientId, month.atDay(1)));
    return meetings.stream().map(this::minutesOf).toList();
  }

  public MeetingMinutes minutesOf(Meeting m) {
    return new MeetingMinutes(m, decisions(m.getClientId(), m.getId()), raisedIn(m.getClientId(), m.getId()), carriedOver(m));
  }

  /** Today's date on the service's clock, for "overdue". */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private static Meeting meetingIn(SqlSession s, long clientId, long engagementId, long meetingId) {
    Meeting m = mapper(s).selectMeeting(clientId, meetingId);
    if (m == null || m.getEngagementId() != engagementId) throw new NotFoundException("meeting " + meetingId);
    return m;
  }

  private static MeetingMapper mapper(SqlSession s) {
    return s.getMapper(MeetingMapper.class);
  }

  private static String required(String field, String typed, int max) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) throw new ValidationException(field, "error.required");
    if (text.length() > max) throw new ValidationException(field, "error.meeting.tooLong");
    return text;
  }

  private static void requireConsultant(User user) {
    if (!user.isConsultant()) throw new IllegalArgumentException("consultants only");
  }
}
