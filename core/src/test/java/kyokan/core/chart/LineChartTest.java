package kyokan.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineChartTest {
  private static final ChartText TEXT = ChartText.of("F2転換率", "", "データなし");

  @Test
  void aParetoCurveOfAHundredThousandCustomersIsDrawnWithAFewHundredPoints() {
    Drawing drawing = SampleCharts.pareto(100_000).layout();

    List<Mark.Path> paths = Marks.of(drawing, Mark.Path.class);
    assertEquals(1, paths.size());
    assertTrue(paths.get(0).points().size() <= Curve.MAX_POINTS);
    assertTrue(SvgChart.render(drawing).length() < 40_000);
  }

  @Test
  void guidesSitAtTheirValuesOnTheScales() {
    Drawing drawing = SampleCharts.pareto(1_000).layout();

    List<Mark.Line> dashed = Marks.of(drawing, Mark.Line.class).stream().filter(l -> l.dash() == Mark.Dash.DASHED)
        .toList();
    Mark.Line vertical = dashed.stream().filter(l -> l.x1() == l.x2()).findFirst().orElseThrow();
    Mark.Line horizontal = dashed.stream().filter(l -> l.y1() == l.y2()).findFirst().orElseThrow();
    Mark.Text zero = label(drawing, "0%");
    Mark.Text full = label(drawing, "100%");
    // x ticks are the level labels below the plot: 0% at the left edge, 100% at the right.
    double left = zero.x();
    double right = full.x();
    assertEquals(left + 0.2 * (right - left), vertical.x1(), 1e-6);
    assertEquals(horizontal.x2(), right, 1e-6);
    assertEquals(vertical.y1() + 0.2 * (vertical.y2() - vertical.y1()), horizontal.y1(), 1e-6);
    assertTrue(Marks.texts(drawing).contains("上位20%"));
  }

  @Test
  void guidesOutsideTheDataWidenTheScale() {
    LineChart chart = LineChart.numeric(TEXT, Axis.of(ValueFormat.percent()), Axis.of(ValueFormat.percent()),
        Curve.of("a", ColorRole.PRIMARY, new double[] {0, 0.5}, new double[] {0, 0.3}))
        .withGuides(LineChart.Guide.horizontal(0.8, "80%"));

    assertTrue(Marks.texts(chart.layout()).contains("80%"));
  }

  @Test
  void missingValuesBreakTheLineAndEveryCategoryPointGetsADot() {
    Series rates = Series.of("90日以内", ColorRole.PRIMARY, Arrays.asList(0.2, 0.25, null, 0.3, 0.28, null));
    Drawing drawing = LineChart.overCategories(TEXT, SampleCharts.months(6), Axis.of(ValueFormat.percent()), rates).layout();

    List<Mark.Path> runs = Marks.of(drawing, Mark.Path.class);
    assertEquals(2, runs.size());
    assertEquals(2, runs.get(0).points().size());
    assertEquals(4, Marks.of(drawing, Mark.Dot.class).size());
    assertEquals("2023年4月 90日以内: 20%", Marks.of(drawing, Mark.Dot.class).get(0).note());
  }

  @Test
  void seriesDifferInDashSoAGreyPrintTellsThemApart() {
    Drawing drawing = SampleCharts.f2Rates().layout();

    List<Mark.Dash> dashes = Marks.of(drawing, Mark.Path.class).stream().map(Mark.Path::dash).distinct().toList();
    assertEquals(List.of(Mark.Dash.SOLID, Mark.Dash.DASHED, Mark.Dash.DOTTED), dashes);
    List<Mark.Dash> legend = Marks.of(drawing, Mark.Line.class).stream().map(Mark.Line::dash)
        .filter(d -> d != Mark.Dash.SOLID).toList();
    assertTrue(legend.containsAll(List.of(Mark.Dash.DASHED, Mark.Dash.DOTTED)), "the legend shows the dashes");
  }

  @Test
  void pointsStayInsideThePlot() {
    Drawing drawing = SampleCharts.pareto(10_000).layout();

    for (Curve.Point p : Marks.of(drawing, Mark.Path.class).get(0).points()) {
      assertTrue(p.x() >= 0 && p.x() <= drawing.width() && p.y() >= 0 && p.y() <= drawing.height(), p.toString());
    }
  }

  private static Mark.Text label(Drawing drawing, String text) {
    return Marks.of(drawing, Mark.Text.class).stream()
        .filter(t -> t.text().equals(text) && t.anchor() == Mark.Anchor.MIDDLE).findFirst().orElseThrow();
  }
}
