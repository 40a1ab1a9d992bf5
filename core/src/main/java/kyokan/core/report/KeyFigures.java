package kyokan.core.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmAxis;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.MonthReport;
import kyokan.core.analytics.Ratio;
import kyokan.core.chart.Axis;
import kyokan.core.chart.ChartText;
import kyokan.core.chart.ColorRole;
import kyokan.core.chart.LineChart;
import kyokan.core.chart.Series;
import kyokan.core.chart.ValueFormat;
import kyokan.core.i18n.MoneyFormat;

/**
 * The key figures at each month's end since the engagement began (and the month before, for a baseline):
 * a table and two line charts, from the same engine and cache as the analysis pages.
 */
final class KeyFigures {
  /** A baseline month and the seven months of a cycle. */
  private static final int MOST_MONTHS = 8;

  private record Row(String key, Function<MonthReport, String> text, Function<MonthReport, Double> value) {}

  private final AnalyticsService analytics;
  private final ReportTexts t;

  KeyFigures(AnalyticsService analytics, ReportTexts texts) {
    this.analytics = analytics;
    this.t = texts;
  }

  List<ReportBlock> section(long clientId, String currency, YearMonth start, YearMonth month,
      Function<YearMonth, CpmThresholds> thresholds) {
    List<ReportBlock> blocks = new ArrayList<>();
    blocks.add(ReportBlock.heading(t.t("section.figures")));
    List<YearMonth> months = months(clientId, start, month);
    if (months.isEmpty()) {
      blocks.add(ReportBlock.paragraph(t.t("figures.noData")));
      return blocks;
    }
    List<MonthReport> reports = months.stream().map(m -> analytics.report(clientId, m, thresholds.apply(m))).toList();
    List<Row> rows = rows();
    List<String> header = new ArrayList<>(List.of(t.t("figures.figure")));
    months.forEach(m -> header.add(t.shortMonth(m)));
    List<List<String>> cells = new ArrayList<>();
    for (Row row : rows) {
      List<String> line = new ArrayList<>(List.of(t.t(row.key())));
      reports.forEach(r -> line.add(row.text().apply(r)));
      cells.add(line);
    }
    blocks.add(ReportBlock.paragraph(t.t("figures.lead")));
    blocks.add(ReportBlock.table(header, cells));
    CpmThresholds now = thresholds.apply(month);
    String big = now.axis() == CpmAxis.AMOUNT ? MoneyFormat.format(now.amountLimit(), currency) : String.valueOf(now.countLimit());
    blocks.add(ReportBlock.note(t.t("figures.basis", now.lapseDays(), now.tenureShortDays(), now.tenureLongDays(), big)));
    List<String> labels = months.stream().map(t::shortMonth).toList();
    blocks.add(ReportBlock.chart(LineChart.overCategories(text("chart.shares"), labels,
        Axis.titled(t.t("chart.percentAxis"), ValueFormat.percent()),
        series(rows.get(0), ColorRole.CATEGORY_1, reports), series(rows.get(1), ColorRole.CATEGORY_2, reports),
        series(rows.get(4), ColorRole.CATEGORY_3, reports), series(rows.get(5), ColorRole.CATEGORY_5, reports))));
    blocks.add(ReportBlock.chart(LineChart.overCategories(text("chart.counts"), labels,
        Axis.titled(t.t("chart.customersAxis"), ValueFormat.count()),
        series(rows.get(7), ColorRole.CATEGORY_1, reports), series(rows.get(6), ColorRole.CATEGORY_2, reports),
        series(rows.get(3), ColorRole.CATEGORY_5, reports))));
    return blocks;
  }

  /** From the month before the start to the report's month, within the data, at most {@value #MOST_MONTHS}. */
  private List<YearMonth> months(long clientId, YearMonth start, YearMonth month) {
    var ledger = analytics.ledger(clientId);
    if (ledger.firstSale().isEmpty()) return List.of();
    YearMonth first = YearMonth.from(ledger.firstSale().get());
    YearMonth from = start.minusMonths(1);
    if (from.isBefore(month.minusMonths(MOST_MONTHS - 1))) from = month.minusMonths(MOST_MONTHS - 1);
    if (from.isBefore(first)) from = first;
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(month); m = m.plusMonths(1)) months.add(m);
    return months;
  }

  private List<Row> rows() {
    return List.of(
        new Row("figures.capture", r -> percent(r.captureRate()), r -> value(r.captureRate())),
        new Row("figures.q1", r -> percent(r.revenue().repeatShare()), r -> value(r.revenue().repeatShare())),
        new Row("figures.q2", r -> percent(r.revenue().newShare()), r -> value(r.revenue().newShare())),
        new Row("figures.q3", r -> MoneyFormat.grouped(r.lapsing().days60to89().size()), r -> (double) r.lapsing().days60to89().size()),
        new Row("figures.q4", r -> percent(r.active().shareOfYearsCustomers()), r -> value(r.active().shareOfYearsCustomers())),
        new Row("figures.q5", r -> percent(r.f2().within90().rate()), r -> value(r.f2().within90().rate())),
        new Row("figures.loyal", r -> MoneyFormat.grouped(r.top().activeLoyalCount()), r -> (double) r.top().activeLoyalCount()),
        new Row("figures.active", r -> MoneyFormat.grouped(active(r)), r -> (double) active(r)));
  }

  private Series series(Row row, ColorRole color, List<MonthReport> reports) {
    return Series.of(t.t(row.key()), color, reports.stream().map(row.value()).toList());
  }

  private ChartText text(String key) {
    return ChartText.of(t.t(key), t.t(key + ".summary"), t.t("chart.noData"));
  }

  static int active(MonthReport r) {
    int n = 0;
    for (CpmCell cell : CpmCell.values()) if (!cell.isLapsed()) n += r.cpm().count(cell);
    return n;
  }

  private static String percent(Ratio r) {
    return MoneyFormat.percent(r.isDefined() ? r.valueOrNaN() : null);
  }

  private static Double value(Ratio r) {
    return r.isDefined() ? r.valueOrNaN() : null;
  }
}
