package kyokan.core.meeting;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kyokan.core.i18n.Messages;
import kyokan.core.report.DecisionsAndActions;
import kyokan.core.report.ReportBlock;
import kyokan.core.report.ReportContext;

/**
 * The report's "decisions and action items" section from the month's meetings: per meeting, its decisions
 * and the action items it raised or carried over, with who does each, by when and whether it is done.
 */
public final class MeetingReportSection implements DecisionsAndActions {
  private static final String BUNDLE = "kyokan/core/meeting/report";
  private final MeetingService meetings;

  public MeetingReportSection(MeetingService meetings) {
    this.meetings = meetings;
  }

  @Override
  public List<ReportBlock> decisionsAndActions(ReportContext context) {
    List<MeetingMinutes> month = meetings.minutes(context.client().getId(), context.month());
    Messages t = Messages.load(BUNDLE, context.locale(), MeetingReportSection.class.getClassLoader());
    List<ReportBlock> blocks = new ArrayList<>();
    for (MeetingMinutes minutes : month) {
      if (minutes.decisions().isEmpty() && minutes.raised().isEmpty() && minutes.carriedOver().isEmpty()) continue;
      if (month.size() > 1) {
        blocks.add(ReportBlock.subheading(t.format("report.meeting", monthLabel(minutes.meeting().getMonth(), t),
            minutes.meeting().getSeq())));
      }
      if (!minutes.decisions().isEmpty()) {
        blocks.add(ReportBlock.subheading(t.get("report.decisions")));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < minutes.decisions().size(); i++) {
          rows.add(List.of(String.valueOf(i + 1), minutes.decisions().get(i).getBody()));
        }
        blocks.add(ReportBlock.table(List.of("#", t.get("report.decision")), rows));
      }
      List<ActionItem> items = new ArrayList<>(minutes.carriedOver());
      items.addAll(minutes.raised());
      if (!items.isEmpty()) {
        blocks.add(ReportBlock.subheading(t.get("report.items")));
        List<List<String>> rows = items.stream().map(a -> List.of(a.getBody(), t.get("report.owner." + a.getOwner()),
            a.getDueDate().toString(), monthLabel(a.getMeetingMonth(), t),
            t.get(a.isDone() ? "report.done" : "report.open"))).toList();
        blocks.add(ReportBlock.table(List.of(t.get("report.item"), t.get("report.owner"), t.get("report.due"),
            t.get("report.raised"), t.get("report.status")), rows));
      }
    }
    return blocks;
  }

  private static String monthLabel(YearMonth month, Messages t) {
    return t.locale().equals(Messages.ENGLISH) ? month.format(DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH))
        : month.getYear() + "年" + month.getMonthValue() + "月";
  }
}
