package kyokan.step.analysis.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.MonthChoice;
import kyokan.core.analytics.MonthReport;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.i18n.Messages;
import kyokan.core.report.ReportBlock;
import kyokan.core.report.ReportContext;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.step.StepExtension;
import kyokan.core.step.StepView;

/**
 * Step 2's section of the monthly progress report: the dashboard's figures for the month beside the month
 * before, and its revenue and Pareto charts. Same engine, same cache, same rows and formats as the page.
 */
public final class DashboardReport {
  private static final int REVENUE_MONTHS = 13;

  private final Messages steps;
  private final Messages report;

  /** The step's own bundle for the page's words; the report's few extra words are in {@code report/messages}. */
  public DashboardReport(StepExtension step, Locale locale) {
    this.steps = step.messages(locale);
    this.report = Messages.load("kyokan/step/analysis/report/messages", locale, DashboardReport.class.getClassLoader());
  }

  public List<ReportBlock> section(ReportContext ctx) {
    AnalyticsService analytics = ctx.services().get(AnalyticsService.class);
    long clientId = ctx.client().getId();
    if (analytics.ledger(clientId).firstSale().isEmpty()) return List.of(ReportBlock.paragraph(steps.get("dash.noData")));
    StepView v = new StepView(null, ctx.client(), ctx.engagement(), steps);
    FigureFormat f = FigureFormat.of(ctx.client());
    YearMonth month = ctx.dataMonth();
    // The dashboard's thresholds, those in force at each month's end: the printed figures are the page's.
    SegmentationService segmentation = ctx.services().get(SegmentationService.class);
    MonthReport current = segmentation.report(clientId, month);
    Optional<MonthReport> previous = MonthChoice.of(analytics, clientId, Optional.of(month.toString()))
        .flatMap(MonthChoice::previous).map(m -> segmentation.report(clientId, m));
    List<List<String>> rows = new ArrayList<>();
    for (FigureRow row : FigureRows.of(v, f, current, previous, Optional.empty())) {
      rows.add(List.of(v.t("fig." + row.id()), row.current(), row.previous(), row.detail()));
    }
    List<ReportBlock> blocks = new ArrayList<>();
    blocks.add(ReportBlock.subheading(report.format("report.figures", month.getYear(), month.getMonthValue())));
    blocks.add(new ReportBlock.Table(List.of(v.t("dash.figure"), v.t("dash.thisMonth"), v.t("dash.previous"), v.t("dash.detail")),
        rows, List.of(ReportBlock.Align.LEFT, ReportBlock.Align.RIGHT, ReportBlock.Align.RIGHT, ReportBlock.Align.LEFT), false));
    Object[] t = DashboardPage.thresholdArgs(v, f, current.basis().thresholds());
    blocks.add(ReportBlock.note(v.t("dash.basis", current.basis().asOf(), current.basis().periodStart(),
        current.basis().windowStart(), t[0], t[1], t[2], v.t("dash.bigLimit", t))));
    DashboardCharts charts = new DashboardCharts(v, f);
    blocks.add(ReportBlock.subheading(report.get("report.charts")));
    blocks.add(ReportBlock.chart(charts.revenue(analytics.monthlyRevenue(clientId, month.minusMonths(REVENUE_MONTHS - 1), month))));
    blocks.add(ReportBlock.note(v.t("chart.revenue.note")));
    blocks.add(ReportBlock.chart(charts.pareto(current)));
    blocks.add(ReportBlock.note(v.t("chart.pareto.note")));
    return blocks;
  }
}
