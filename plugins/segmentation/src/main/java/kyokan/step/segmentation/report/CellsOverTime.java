package kyokan.step.segmentation.report;

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
import kyokan.core.chart.ValueFormat;
import kyokan.core.i18n.Messages;

/** Customers per cell at each of the last 24 month ends, stacked: how the portfolio grew and moved. */
final class CellsOverTime {
  private static final int MONTHS = 24;

  private CellsOverTime() {}

  static BarChart of(Messages m, CellHistory history) {
    List<YearMonth> months = history.months();
    List<YearMonth> shown = months.subList(Math.max(0, months.size() - MONTHS), months.size());
    List<String> labels = shown.stream().map(ym -> m.format("report.chart.month", String.valueOf(ym.getYear() % 100),
        String.valueOf(ym.getMonthValue()))).toList();
    CpmCell[] cells = CpmCell.values();
    Series[] series = new Series[cells.length];
    for (int i = 0; i < cells.length; i++) {
      List<Long> counts = new ArrayList<>(shown.size());
      for (YearMonth ym : shown) counts.add((long) history.count(ym, cells[i]));
      series[i] = Series.of(SegmentationReport.name(m, cells[i]), ColorRole.category(i), counts);
    }
    return BarChart.stacked(ChartText.of(m.get("report.chart"), m.get("report.chart.summary"), m.get("report.chart.noData")),
        labels, Axis.titled(m.get("report.customersAxis"), ValueFormat.count()), series);
  }
}
