package kyokan.step.newcustomercare.results;

import java.util.ArrayList;
import java.util.List;
import kyokan.core.chart.Axis;
import kyokan.core.chart.ChartText;
import kyokan.core.chart.ColorRole;
import kyokan.core.chart.LineChart;
import kyokan.core.chart.Series;
import kyokan.core.chart.ValueFormat;
import kyokan.core.step.StepView;

/** F2 within 90 days by first-purchase month, before the sequence began and after, as one chart model. */
public final class BeforeAfterChart {
  private BeforeAfterChart() {}

  public static LineChart of(StepView v, List<MonthF2> months) {
    List<String> labels = new ArrayList<>();
    List<Double> before = new ArrayList<>();
    List<Double> after = new ArrayList<>();
    for (MonthF2 m : months) {
      labels.add(v.t("chart.month", m.month().getYear() % 100, m.month().getMonthValue()));
      Double rate = m.firstTimers() == 0 ? null : m.rate();
      before.add(m.after() ? null : rate);
      after.add(m.after() ? rate : null);
    }
    return LineChart.overCategories(ChartText.of(v.t("chart.beforeAfter"), v.t("chart.beforeAfter.summary"), v.t("chart.noData")),
        labels, Axis.titled(v.t("chart.f2.y"), ValueFormat.percent()),
        Series.of(v.t("chart.before"), ColorRole.SECONDARY, before), Series.of(v.t("chart.after"), ColorRole.PRIMARY, after));
  }
}
