package kyokan.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {
  private static final ChartText TEXT = ChartText.of("離反しかけている顧客", "", "データなし");

  @Test
  void barHeightsAreProportionalToTheirValuesFromOneBaseline() {
    Drawing drawing = BarChart.grouped(TEXT, List.of("60–89日", "90–179日", "180日以上"), Axis.of(ValueFormat.count()),
        Series.of("顧客数", ColorRole.ACCENT, 100, 200, 400)).layout();

    List<Mark.Rect> bars = Marks.noted(drawing, "");
    assertEquals(3, bars.size());
    assertEquals(2.0, bars.get(1).height() / bars.get(0).height(), 1e-9);
    assertEquals(4.0, bars.get(2).height() / bars.get(0).height(), 1e-9);
    double baseline = bars.get(0).y() + bars.get(0).height();
    for (Mark.Rect bar : bars) assertEquals(baseline, bar.y() + bar.height(), 1e-9);
    assertTrue(Marks.texts(drawing).containsAll(List.of("100", "200", "400")), "values above the bars");
  }

  @Test
  void stackedSegmentsSitOnEachOtherAndAddUpToTheTotal() {
    Drawing drawing = BarChart.stacked(TEXT, List.of("4月", "5月"), Axis.of(ValueFormat.yen()),
        Series.of("新規", ColorRole.PRIMARY, 300_000, 100_000), Series.of("リピート", ColorRole.SECONDARY, 900_000, 500_000))
        .layout();

    Mark.Rect fresh = Marks.noted(drawing, "4月 新規").get(0);
    Mark.Rect repeat = Marks.noted(drawing, "4月 リピート").get(0);
    Mark.Rect mayFresh = Marks.noted(drawing, "5月 新規").get(0);
    assertEquals(3.0, repeat.height() / fresh.height(), 1e-9);
    assertEquals(fresh.y(), repeat.y() + repeat.height(), 1e-9);
    assertEquals(3.0, fresh.height() / mayFresh.height(), 1e-9);
    assertEquals("4月 リピート: 90万円", repeat.note());
    assertTrue(Marks.texts(drawing).contains("120万円"), "the stack's total above it");
  }

  @Test
  void aNegativeMonthHangsBelowTheZeroLine() {
    Drawing drawing = BarChart.stacked(TEXT, List.of("6月", "7月"), Axis.of(ValueFormat.yen()),
        Series.of("新規", ColorRole.PRIMARY, 50_000, 12_000), Series.of("リピート", ColorRole.SECONDARY, 80_000, -41_000))
        .layout();

    Mark.Rect returns = Marks.noted(drawing, "7月 リピート").get(0);
    Mark.Rect fresh = Marks.noted(drawing, "7月 新規").get(0);
    double zero = fresh.y() + fresh.height();
    assertEquals(zero, returns.y(), 1e-9);
    assertEquals(41.0 / 12, returns.height() / fresh.height(), 1e-9);
    assertTrue(Marks.texts(drawing).contains("-2.9万円"), "the month's net total");
    assertTrue(Marks.texts(drawing).contains("0円"), "zero is a tick");
  }

  @Test
  void missingValuesDrawNoBar() {
    Drawing drawing = BarChart.grouped(TEXT, List.of("a", "b"), Axis.of(ValueFormat.count()),
        Series.of("n", ColorRole.PRIMARY, java.util.Arrays.asList(3, null))).layout();

    assertEquals(1, Marks.noted(drawing, "a").size());
    assertEquals(0, Marks.noted(drawing, "b").size());
  }

  @Test
  void thirteenMonthsAreLabelledLevelAndThirtySixMonthsRotatedAndThinned() {
    List<Mark.Text> thirteen = monthLabels(SampleCharts.cpmCells(13).layout());
    List<Mark.Text> thirtySix = monthLabels(SampleCharts.cpmCells(36).layout());

    assertTrue(thirteen.stream().allMatch(t -> t.rotation() == 0));
    assertTrue(thirtySix.stream().allMatch(t -> t.rotation() == -45));
    assertTrue(thirtySix.size() <= 18, "thinned: " + thirtySix.size());
    assertEquals("2026年3月", thirtySix.get(thirtySix.size() - 1).text(), "the latest month keeps its label");
    assertNoOverlap(thirteen);
  }

  @Test
  void levelLabelsNeverOverlapAtAnyCount() {
    for (int months = 1; months <= 40; months++) {
      BarChart chart = BarChart.stacked(TEXT, SampleCharts.months(months), Axis.of(ValueFormat.count()),
          Series.of("n", ColorRole.PRIMARY, new long[months]));
      List<Mark.Text> labels = monthLabels(chart.layout());
      if (labels.get(0).rotation() == 0) assertNoOverlap(labels);
      else {
        for (int i = 1; i < labels.size(); i++) {
          // Rotated by 45°, neighbours are their horizontal distance × sin 45° apart.
          double apart = (labels.get(i).x() - labels.get(i - 1).x()) * 0.707;
          assertTrue(apart >= labels.get(i).size() * 1.2, "months " + months);
        }
      }
    }
  }

  @Test
  void aSeriesOfTheWrongLengthIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> BarChart.stacked(TEXT, List.of("a", "b"),
        Axis.of(ValueFormat.count()), Series.of("n", ColorRole.PRIMARY, 1)));
  }

  private static List<Mark.Text> monthLabels(Drawing drawing) {
    return Marks.of(drawing, Mark.Text.class).stream().filter(t -> t.text().matches("\\d{4}年\\d+月")).toList();
  }

  private static void assertNoOverlap(List<Mark.Text> labels) {
    for (int i = 1; i < labels.size(); i++) {
      Mark.Text a = labels.get(i - 1);
      Mark.Text b = labels.get(i);
      double aEnds = a.x() + Frame.textWidth(a.text(), a.size()) / 2;
      double gap = b.x() - Frame.textWidth(b.text(), b.size()) / 2 - aEnds;
      assertTrue(gap >= 2, a.text() + " and " + b.text() + " overlap");
    }
  }
}
