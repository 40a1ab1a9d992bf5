package kyokan.web.meeting;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kyokan.core.engagement.Engagement;
import kyokan.core.i18n.Messages;
import kyokan.core.meeting.ActionItem;
import kyokan.core.meeting.Meeting;
import kyokan.core.meeting.MeetingService;
import kyokan.view.Format;
import kyokan.view.meeting.ItemRow;
import kyokan.view.meeting.MeetingList;
import kyokan.view.meeting.MeetingRow;
import kyokan.web.http.Pages;
import kyokan.web.http.RequestState;

/** Meetings and action items as the engagement page, the client's home and the meeting page list them. */
public final class MeetingViews {
  private MeetingViews() {}

  public static List<ItemRow> items(Context ctx, List<ActionItem> items, LocalDate today) {
    Messages m = Pages.messages(ctx);
    return items.stream().map(a -> new ItemRow(a, m.get(a.getOwner().messageKey()), a.getDueDate().toString(),
        a.isOverdue(today), Pages.monthLabel(ctx, a.getMeetingMonth()),
        a.isDone() ? m.format("meeting.item.doneBy", a.getDoneByName(), Format.dateTime(a.getDoneAt())) : "")).toList();
  }

  /** The engagement's meetings, and the month a new one opens in by default: this month, kept within the engagement. */
  public static MeetingList list(Context ctx, MeetingService meetings, Engagement e, YearMonth now) {
    Messages m = Pages.messages(ctx);
    String base = "/clients/" + e.getClientId() + "/engagements/" + e.getId() + "/meetings";
    List<MeetingRow> rows = new ArrayList<>();
    for (Meeting meeting : meetings.meetingsOf(e.getClientId(), e.getId())) {
      String updated = Format.dateTime(meeting.getUpdatedAt() != null ? meeting.getUpdatedAt() : meeting.getCreatedAt());
      rows.add(new MeetingRow(meeting.getId(), m.format("meeting.month", Pages.monthLabel(ctx, meeting.getMonth()),
          e.programMonth(meeting.getMonth())), meeting.getSeq(), updated,
          meetings.decisions(e.getClientId(), meeting.getId()).size(), meetings.raisedIn(e.getClientId(), meeting.getId()).size(),
          base + "/" + meeting.getId()));
    }
    YearMonth preselect = now.isBefore(e.getStart()) ? e.getStart() : now.isAfter(e.getEnd()) ? e.getEnd() : now;
    List<MeetingList.MonthOption> months = new ArrayList<>();
    for (int n = 1; n <= Engagement.MONTHS; n++) {
      YearMonth month = e.plannedMonth(n);
      months.add(new MeetingList.MonthOption(month.toString(), m.format("meeting.month", Pages.monthLabel(ctx, month), n),
          month.equals(preselect)));
    }
    return new MeetingList(rows, months, base);
  }

  static String monthTitle(Context ctx, Meeting meeting) {
    Messages m = Pages.messages(ctx);
    String title = m.format("meeting.title", Pages.monthLabel(ctx, meeting.getMonth()));
    return meeting.getSeq() > 1 ? title + m.format("meeting.extra", meeting.getSeq()) : title;
  }

  static boolean isConsultant(Context ctx) {
    return RequestState.user(ctx).isConsultant();
  }
}
