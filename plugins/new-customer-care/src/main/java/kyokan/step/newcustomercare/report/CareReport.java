package kyokan.step.newcustomercare.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.i18n.Messages;
import kyokan.core.report.ReportBlock;
import kyokan.core.report.ReportContext;
import kyokan.core.step.StepView;
import kyokan.step.newcustomercare.common.Care;
import kyokan.step.newcustomercare.results.BeforeAfterChart;
import kyokan.step.newcustomercare.results.CareResult;
import kyokan.step.newcustomercare.results.StepCompletion;
import kyokan.step.newcustomercare.results.WindowView;
import kyokan.step.newcustomercare.sequence.SequenceStep;

/** Step 5's section of the progress report: the sequence, each step's completion and the results, in the page's words. */
public final class CareReport {
  private final Messages m;

  public CareReport(Messages messages) {
    this.m = messages;
  }

  public List<ReportBlock> section(ReportContext ctx) {
    Care care = Care.of(ctx.services());
    long clientId = ctx.client().getId();
    List<ReportBlock> blocks = new ArrayList<>();
    LocalDate today = LocalDate.now(ctx.services().get(Clock.class));
    LocalDate monthEnd = ctx.month().atEndOfMonth();
    LocalDate asOf = today.isBefore(monthEnd) ? today : monthEnd;
    Optional<CareResult> result = care.results().of(clientId, asOf);
    if (result.isEmpty()) {
      blocks.add(ReportBlock.paragraph(m.get("due.noSequence")));
      return blocks;
    }
    CareResult r = result.get();
    StepView view = new StepView(null, ctx.client(), ctx.engagement(), m);
    blocks.add(ReportBlock.subheading(m.format("report.sequence", r.current().versionNo(), r.current().startDate().toString(),
        r.current().holdoutPercent())));
    List<List<String>> steps = new ArrayList<>();
    for (SequenceStep s : r.current().steps()) {
      steps.add(List.of(String.valueOf(s.number()), m.format("report.days", s.daysAfter()), m.get(s.channel().key()), s.message(),
          s.skipIfRepurchased() ? m.get("report.yes") : m.get("report.no")));
    }
    blocks.add(ReportBlock.table(List.of("#", m.get("sequence.days"), m.get("sequence.channel"), m.get("sequence.message"),
        m.get("sequence.skip")), steps, true));
    blocks.add(ReportBlock.subheading(m.get("results.steps.title")));
    List<List<String>> completion = new ArrayList<>();
    for (StepCompletion s : r.steps()) {
      completion.add(List.of(m.format("due.stepLabel", s.number(), s.daysAfter(), m.get(s.channelKey())), String.valueOf(s.due()),
          String.valueOf(s.onTime()), String.valueOf(s.late()), String.valueOf(s.skipped()), String.valueOf(s.boughtAgain()),
          String.valueOf(s.open())));
    }
    blocks.add(ReportBlock.table(List.of(m.get("results.steps.step"), m.get("results.steps.due"), m.get("results.steps.onTime"),
        m.get("results.steps.late"), m.get("results.steps.skipped"), m.get("results.steps.boughtAgain"), m.get("results.steps.open")),
        completion, true));
    blocks.add(ReportBlock.subheading(m.get("results.title")));
    blocks.add(ReportBlock.paragraph(m.format("report.counts", r.contacted(), r.heldOut(), r.noConsent(),
        r.dataThrough() == null ? "–" : r.dataThrough().toString())));
    FigureFormat f = FigureFormat.of(ctx.client());
    List<List<String>> rows = new ArrayList<>();
    for (WindowView w : List.of(WindowView.of(view, f, r.within90()), WindowView.of(view, f, r.within180()))) {
      rows.add(List.of(m.format("report.window", w.days()), w.contacted() + " / " + w.heldOut(),
          w.rateContacted() + " / " + w.rateHeldOut(), w.difference(), w.interval(), w.verdict(),
          w.rppContacted() + " / " + w.rppHeldOut(), w.rppInterval()));
    }
    blocks.add(ReportBlock.table(List.of(m.get("report.windowCol"), m.get("report.arms"), m.get("results.f2"),
        m.get("results.difference"), m.get("results.interval"), m.get("report.verdict"), m.get("results.rpp"),
        m.get("report.rppInterval")), rows, true));
    blocks.add(ReportBlock.note(m.get("results.interval.definition") + " " + m.get("results.rppInterval.definition")));
    blocks.add(ReportBlock.chart(BeforeAfterChart.of(view, r.months())));
    blocks.add(ReportBlock.note(m.get("chart.beforeAfter.caution")));
    return blocks;
  }
}
