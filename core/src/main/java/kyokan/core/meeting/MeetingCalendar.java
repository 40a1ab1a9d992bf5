package kyokan.core.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.db.Database;
import kyokan.core.engagement.Engagement;

/**
 * The consultant's meetings across their clients: the month's calendar (planned and held) and planning a
 * meeting on a day, at a time, in a place or over a video link. A planned meeting is an ordinary meeting of
 * the engagement month its day falls in, so its agenda, notes and report work as for any other.
 */
public final class MeetingCalendar {
  static final int MAX_PLACE = 500;
  private final Database db;
  private final Clock clock;

  public MeetingCalendar(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    db.addMapper(MeetingMapper.class);
  }

  /** Meetings of the consultant's clients dated in {@code month}, or opened for it without a day; by day and time. */
  public List<Meeting> month(User consultant, YearMonth month) {
    return db.read(s -> s.getMapper(MeetingMapper.class).selectOfConsultant(consultant.getId(), month.atDay(1),
        month.atEndOfMonth()));
  }

  /**
   * Plans a meeting. The day must fall within the engagement's seven months; the time is optional; the place
   * (an address, or an https:// video link) is optional and at most 500 characters. Problems come back together.
   */
  public Meeting plan(Engagement engagement, LocalDate date, LocalTime time, String place, User consultant) {
    if (!consultant.isConsultant()) throw new IllegalArgumentException("consultants only");
    Map<String, String> problems = new LinkedHashMap<>();
    String where = place == null ? "" : place.strip();
    if (date == null) problems.put("date", "error.meeting.date");
    else if (engagement.programMonth(YearMonth.from(date)) < 1 || engagement.programMonth(YearMonth.from(date)) > Engagement.MONTHS) {
      problems.put("date", "error.meeting.month");
    }
    if (where.length() > MAX_PLACE) problems.put("place", "error.meeting.tooLong");
    if (!problems.isEmpty()) throw new ValidationException(problems);
    YearMonth month = YearMonth.from(date);
    return db.write(s -> {
      MeetingMapper m = s.getMapper(MeetingMapper.class);
      Integer last = m.selectMaxSeq(engagement.getId(), month.atDay(1));
      Meeting meeting = Meeting.of(engagement.getClientId(), engagement.getId(), month, last == null ? 1 : last + 1,
          consultant.getId(), clock.instant());
      meeting.plan(date, time, where.isEmpty() ? null : where);
      m.insertMeeting(meeting);
      return m.selectMeeting(engagement.getClientId(), meeting.getId());
    });
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
