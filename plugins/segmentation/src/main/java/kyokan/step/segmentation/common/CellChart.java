package kyokan.step.segmentation.common;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kyokan.core.analytics.CellHistory;
import kyokan.core.analytics.CpmCell;
import kyokan.core.chart.Axis;
import kyokan.core.chart.BarChart;
import kyokan.core.chart.ChartText;
import kyokan.core.chart.ColorRole;
import kyokan.core.chart.Series;
import kyokan.core.chart.SvgChart;
import kyokan.core.chart.ValueFormat;
import kyokan.core.step.StepView;

/** Customers per cell at every month end, stacked: how the portfolio grew and moved, month by month. */
public final class CellChart {
  /** How many month ends the chart shows unless all are asked for. */
  public static final int RECENT_MONTHS = 24;

  private CellChart() {}

  /** The chart's model for the history's months ({@code all}, or the last {@value #RECENT_MONTHS}). */
  public static BarChart of(StepView v, CellHistory history, boolean all) {
    List<YearMonth> months = history.months();
    List<YearMonth> shown = all ? months : months.subList(Math.max(0, months.size() - RECENT_MONTHS), months.size());
    List<String> labels = shown.stream().map(m -> v.t("chart.month", m.getYear() % 100, m.getMonthValue())).toList();
    CpmCell[] cells = CpmCell.values();
    Series[] series = new Series[cells.length];
    for (int i = 0; i < cells.length; i++) {
      List<Long> counts = new ArrayList<>(shown.size());
      for (YearMonth m : shown) counts.add((long) history.count(m, cells[i]));
      series[i] = Series.of(v.t("cell." + cells[i].name()), ColorRole.category(i), counts);
    }
    return BarChart.stacked(ChartText.of(v.t("chart.cells"), v.t("chart.cells.summary"), v.t("chart.noData")), labels,
        Axis.titled(v.t("chart.customersAxis"), ValueFormat.count()), series);
  }

  public static String svg(StepView v, CellHistory history, boolean all) {
    return SvgChart.render(of(v, history, all));
  }
}
