package kyokan.step.analysis.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kyokan.core.analytics.AbcRanking;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CohortTable;
import kyokan.core.analytics.CustomerRef;
import kyokan.core.analytics.F2Cohort;
import kyokan.core.analytics.MonthReport;
import kyokan.core.analytics.MonthlyRevenue;
import kyokan.core.analytics.Ratio;
import kyokan.core.chart.Axis;
import kyokan.core.chart.BarChart;
import kyokan.core.chart.Chart;
import kyokan.core.chart.ChartText;
import kyokan.core.chart.ColorRole;
import kyokan.core.chart.Curve;
import kyokan.core.chart.HeatMap;
import kyokan.core.chart.LineChart;
import kyokan.core.chart.Series;
import kyokan.core.chart.SvgChart;
import kyokan.core.chart.ValueFormat;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.step.StepView;

/**
 * Step 2's charts as chart models (the page writes them as SVG; the printed report can draw the same
 * models): revenue by month new/repeat, the Pareto curve, F2 by cohort, the cohort heat map, the lapsing buckets.
 */
public final class DashboardCharts {
  private static final int REVENUE_MONTHS = 13;
  private static final int F2_COHORTS = 24;
  private static final int HEAT_ROWS = 12;
  private static final int HEAT_COLUMNS = 13;
  private static final int PARETO_POINTS = 1_000;

  private final StepView v;
  private final FigureFormat f;
  private final int minorDigits;

  public DashboardCharts(StepView view, FigureFormat format) {
    this.v = view;
    this.f = format;
    this.minorDigits = view.client().getMinorDigits();
  }

  /** The dashboard's charts for the report's month, each as SVG with its caption. */
  static List<DashboardPage.Chart> of(StepView v, FigureFormat f, AnalyticsService analytics, MonthReport r) {
    DashboardCharts charts = new DashboardCharts(v, f);
    YearMonth month = r.month();
    MonthlyRevenue revenue = analytics.monthlyRevenue(r.basis().clientId(), month.minusMonths(REVENUE_MONTHS - 1), month);
    List<DashboardPage.Chart> list = new ArrayList<>();
    list.add(svg("revenue", charts.revenue(revenue), v.t("chart.revenue.note")));
    list.add(svg("pareto", charts.pareto(r), v.t("chart.pareto.note")));
    list.add(svg("lapsing", charts.lapsing(r), v.t("chart.lapsing.note")));
    list.add(svg("f2", charts.f2(r), v.t("chart.f2.note")));
    list.add(svg("cohorts", charts.cohorts(r.cohorts()), v.t("chart.cohorts.note")));
    return list;
  }

  private static DashboardPage.Chart svg(String id, Chart chart, String note) {
    return new DashboardPage.Chart(id, chart.text().title(), note, SvgChart.render(chart));
  }

  /** Q1/Q2: each month's known customers' revenue split into first orders and repeat orders. */
  public BarChart revenue(MonthlyRevenue revenue) {
    List<String> months = new ArrayList<>();
    List<Double> fresh = new ArrayList<>();
    List<Double> repeat = new ArrayList<>();
    for (MonthlyRevenue.Month m : revenue.months()) {
      months.add(v.t("chart.month", m.month().getYear() % 100, m.month().getMonthValue()));
      fresh.add(major(m.newRevenue()));
      repeat.add(major(m.repeatRevenue()));
    }
    return BarChart.stacked(text("revenue"), months, Axis.titled("JPY".equals(f.currency()) ? v.t("chart.amount")
        : v.t("chart.amountAxis", f.currency()), amounts()),
        new Series(v.t("chart.revenue.repeat"), ColorRole.PRIMARY, repeat),
        new Series(v.t("chart.revenue.new"), ColorRole.ACCENT, fresh));
  }

  /** Q6: the window's customers best first (x: share of customers) against their cumulative share of revenue. */
  public LineChart pareto(MonthReport r) {
    AbcRanking<CustomerRef> ranking = r.customerAbc();
    long whole = r.top().pareto().windowRevenue();
    int n = ranking.size();
    // Every customer's point would be 100,000 for a large shop; a point every n/1,000 ranks draws the same curve.
    int step = Math.max(1, n / PARETO_POINTS);
    List<Double> xs = new ArrayList<>(List.of(0.0));
    List<Double> ys = new ArrayList<>(List.of(0.0));
    long cumulative = 0;
    for (int i = 0; i < n; i++) {
      cumulative += ranking.amountAt(i);
      if ((i + 1) % step != 0 && i != n - 1) continue;
      xs.add((double) (i + 1) / n);
      ys.add(whole > 0 ? (double) cumulative / whole : Double.NaN);
    }
    double[] x = n == 0 ? new double[0] : xs.stream().mapToDouble(Double::doubleValue).toArray();
    double[] y = n == 0 ? new double[0] : ys.stream().mapToDouble(Double::doubleValue).toArray();
    LineChart chart = LineChart.numeric(text("pareto"), Axis.titled(v.t("chart.pareto.x"), ValueFormat.percent()),
        Axis.titled(v.t("chart.pareto.y"), ValueFormat.percent()),
        Curve.of(v.t("chart.pareto.curve"), ColorRole.PRIMARY, x, y));
    Optional<Double> top = value(r.top().pareto().topShare());
    return top.isEmpty() ? chart : chart.withGuides(LineChart.Guide.vertical(0.2, v.t("chart.pareto.top20")),
        LineChart.Guide.point(0.2, top.get(), f.percent(r.top().pareto().topShare())));
  }

  /** Q3: customers by days since their last purchase. */
  public BarChart lapsing(MonthReport r) {
    return BarChart.grouped(text("lapsing"), List.of(v.t("chart.lapsing.60"), v.t("chart.lapsing.90"),
        v.t("chart.lapsing.180")), Axis.titled(v.t("chart.customersAxis"), ValueFormat.count()),
        Series.of(v.t("chart.customers"), ColorRole.ACCENT, r.lapsing().days60to89().size(),
            r.lapsing().days90to179().size(), r.lapsing().days180OrMore().size()));
  }

  /** Q5: the F2 rate of each first-purchase month, for the three windows (blank until a window has passed). */
  public LineChart f2(MonthReport r) {
    List<F2Cohort> cohorts = r.f2().cohorts();
    List<F2Cohort> shown = cohorts.subList(Math.max(0, cohorts.size() - F2_COHORTS), cohorts.size());
    List<String> months = shown.stream().map(c -> v.t("chart.month", c.month().getYear() % 100, c.month().getMonthValue())).toList();
    return LineChart.overCategories(text("f2"), months, Axis.titled(v.t("chart.f2.y"), ValueFormat.percent()),
        rates(v.t("chart.f2.90"), ColorRole.PRIMARY, shown, 90),
        rates(v.t("chart.f2.180"), ColorRole.ACCENT, shown, 180),
        rates(v.t("chart.f2.365"), ColorRole.SECONDARY, shown, 365));
  }

  /** The cohort table's last twelve first-purchase months, month 0 to 12 after. */
  public HeatMap cohorts(CohortTable t) {
    List<String> rows = new ArrayList<>();
    List<List<HeatMap.Cell>> cells = new ArrayList<>();
    for (int row = Math.max(0, t.rows() - HEAT_ROWS); row < t.rows(); row++) {
      rows.add(v.t("chart.cohorts.row", t.month(row).getYear() % 100, t.month(row).getMonthValue(), f.count(t.cohortSize(row))));
      List<HeatMap.Cell> line = new ArrayList<>();
      for (int k = 0; k < Math.min(HEAT_COLUMNS, t.columns(row)); k++) {
        Ratio share = t.share(row, k);
        line.add(share.isDefined() ? new HeatMap.Cell(share.valueOrNaN(), f.percent(share)) : HeatMap.Cell.BLANK);
      }
      cells.add(line);
    }
    List<String> columns = new ArrayList<>();
    for (int k = 0; k < HEAT_COLUMNS; k++) columns.add(v.t("chart.cohorts.column", k));
    // Month 0 is always 100 %: the scale runs to the highest later month so the pattern shows.
    double highest = 0;
    for (List<HeatMap.Cell> line : cells) {
      for (int k = 1; k < line.size(); k++) if (line.get(k).value() != null) highest = Math.max(highest, line.get(k).value());
    }
    return HeatMap.of(text("cohorts"), rows, columns, cells).withScale(0, highest > 0 ? highest : 1);
  }

  private Series rates(String name, ColorRole color, List<F2Cohort> cohorts, int window) {
    List<Double> values = new ArrayList<>();
    for (F2Cohort c : cohorts) {
      Optional<Ratio> rate = window == 90 ? c.within90() : window == 180 ? c.within180() : c.within365();
      values.add(rate.flatMap(DashboardCharts::value).orElse(null));
    }
    return Series.of(name, color, values);
  }

  private ChartText text(String id) {
    return ChartText.of(v.t("chart." + id), v.t("chart." + id + ".summary"), v.t("chart.noData"));
  }

  private double major(long minorUnits) {
    return minorUnits / Math.pow(10, minorDigits);
  }

  private ValueFormat amounts() {
    return "JPY".equals(f.currency()) ? ValueFormat.yen() : ValueFormat.compact();
  }

  private static Optional<Double> value(Ratio r) {
    return r.isDefined() ? Optional.of(r.valueOrNaN()) : Optional.empty();
  }
}
