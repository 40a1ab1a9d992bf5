package kyokan.step.viptreatment.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import kyokan.core.chart.Axis;
import kyokan.core.chart.ChartText;
import kyokan.core.chart.ColorRole;
import kyokan.core.chart.LineChart;
import kyokan.core.chart.Series;
import kyokan.core.chart.SvgChart;
import kyokan.core.chart.ValueFormat;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.step.StepView;

/** VIP retention as a chart and a table, and the treated-vs-not comparison, plainly labelled as observational. */
public record RetentionPage(StepView view, FigureFormat format, RosterRetention retention) {

  public String chart() {
    return SvgChart.render(chart(view, retention));
  }

  /** The three shares month by month (blank where last month had no VIPs). */
  public static LineChart chart(StepView v, RosterRetention r) {
    List<String> months = new ArrayList<>();
    List<Double> kept = new ArrayList<>();
    List<Double> lapsed = new ArrayList<>();
    List<Double> revenue = new ArrayList<>();
    for (RetentionMonth m : r.months()) {
      months.add(v.t("chart.month", m.month().getYear() % 100, m.month().getMonthValue()));
      kept.add(value(m.retainedShare()));
      lapsed.add(value(m.lapsedShare()));
      revenue.add(value(m.revenueShare()));
    }
    return LineChart.overCategories(ChartText.of(v.t("retention.chart.title"), v.t("retention.chart.summary"),
        v.t("retention.chart.noData")), months, Axis.titled(v.t("retention.chart.y"), ValueFormat.percent()),
        Series.of(v.t("retention.kept"), ColorRole.PRIMARY, kept),
        Series.of(v.t("retention.lapsed"), ColorRole.ACCENT, lapsed),
        Series.of(v.t("retention.revenueShare"), ColorRole.SECONDARY, revenue));
  }

  private static Double value(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  public String percent(OptionalDouble d) {
    return d.isPresent() ? MoneyFormat.percent(d.getAsDouble()) : FigureFormat.NONE;
  }

  public String rate(int successes, int n) {
    return n == 0 ? FigureFormat.NONE : MoneyFormat.percent((double) successes / n);
  }

  /** "+1.2pt 〜 +3.4pt" in points. */
  public String interval() {
    var d = retention.comparison().result().difference();
    return String.format(java.util.Locale.ROOT, "%+.1fpt 〜 %+.1fpt", d.interval().lower() * 100, d.interval().upper() * 100);
  }

  public String difference() {
    return String.format(java.util.Locale.ROOT, "%+.1fpt", retention.comparison().result().difference().difference() * 100);
  }
}
