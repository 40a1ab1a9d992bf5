package kyokan.step.community.report;

import java.util.ArrayList;
import java.util.List;
import kyokan.core.i18n.Messages;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.report.ReportBlock;
import kyokan.core.report.ReportContext;
import kyokan.step.community.events.EventRow;
import kyokan.step.community.intro.IntroFigures;
import kyokan.step.community.json.CommunitySummary;
import kyokan.step.community.voice.SurveyResults;

/** Step 7's section of the progress report: members, events, introductions and the customers' voice. */
public final class CommunityReport {
  private final Messages m;

  public CommunityReport(Messages messages) {
    this.m = messages;
  }

  public List<ReportBlock> section(ReportContext ctx) {
    CommunitySummary s = CommunitySummary.of(ctx.services(), ctx.client());
    String currency = ctx.client().getCurrency();
    List<ReportBlock> blocks = new ArrayList<>();
    blocks.add(ReportBlock.subheading(m.get("club.members")));
    blocks.add(ReportBlock.paragraph(m.format("report.members", s.members().size())));
    blocks.add(ReportBlock.subheading(m.get("events.title")));
    List<EventRow> events = s.events().stream().filter(e -> !e.getEventDate().isAfter(ctx.month().atEndOfMonth())).toList();
    if (events.isEmpty()) {
      blocks.add(ReportBlock.paragraph(m.get("events.none")));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (EventRow e : events) {
        rows.add(List.of(e.getEventDate().toString(), e.getTitle(), Integer.toString(e.getInvitedCount()),
            Integer.toString(e.getRepliedCount()), Integer.toString(e.getAttendedCount()), MoneyFormat.format(e.getCostMinor(), currency)));
      }
      blocks.add(ReportBlock.table(List.of(m.get("events.date"), m.get("events.name"), m.get("events.invited"),
          m.get("events.replied"), m.get("events.attended"), m.get("events.cost")), rows, true));
    }
    blocks.add(ReportBlock.subheading(m.get("intro.title")));
    IntroFigures intro = s.introductions();
    if (intro == null || intro.introducers().isEmpty()) {
      blocks.add(ReportBlock.paragraph(m.get("intro.none")));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (IntroFigures.PerIntroducer p : intro.introducers()) {
        rows.add(List.of(p.name() == null ? "" : p.name(), Integer.toString(p.count()), MoneyFormat.format(p.valueMinor(), currency)));
      }
      blocks.add(ReportBlock.table(List.of(m.get("intro.introducer"), m.get("intro.count"), m.get("intro.value")), rows, true));
      blocks.add(ReportBlock.note(m.format("report.introF2", pct(intro.introducedF2().rate()), intro.introducedF2().n(),
          pct(intro.otherF2().rate()), intro.otherF2().n())));
    }
    blocks.add(ReportBlock.subheading(m.get("voice.title")));
    if (s.surveys().isEmpty()) {
      blocks.add(ReportBlock.paragraph(m.get("voice.surveys.none")));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (SurveyResults r : s.surveys()) {
        rows.add(List.of(r.survey().getTitle(), Integer.toString(r.nps().responses()), pts(r.nps().score()),
            pts(r.nps().interval().lower()) + " 〜 " + pts(r.nps().interval().upper()), Integer.toString(r.comments().size())));
      }
      blocks.add(ReportBlock.table(List.of(m.get("voice.survey.title"), m.get("voice.responses"), m.get("voice.nps"),
          m.get("report.interval"), m.get("voice.comments")), rows, true));
      blocks.add(ReportBlock.note(m.format("report.unanswered", s.unanswered()) + " " + m.get("report.npsDefinition")));
    }
    return blocks;
  }

  private static String pct(double share) {
    return String.format("%.1f%%", 100 * share);
  }

  private static String pts(double points) {
    return String.format("%+.1f", points);
  }
}
