package kyokan.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurveTest {

  @Test
  void aParetoCurveOfManyCustomersIsThinnedKeepingItsEnds() {
    int customers = 100_000;
    double[] xs = new double[customers + 1];
    double[] ys = new double[customers + 1];
    for (int i = 1; i <= customers; i++) {
      xs[i] = (double) i / customers;
      ys[i] = Math.sqrt(xs[i]);
    }

    List<Curve.Point> points = Curve.of("累積", ColorRole.PRIMARY, xs, ys).points();

    assertEquals(Curve.MAX_POINTS, points.size());
    assertEquals(new Curve.Point(0, 0), points.get(0));
    assertEquals(new Curve.Point(1, 1), points.get(points.size() - 1));
    for (int i = 1; i < points.size(); i++) assertTrue(points.get(i).x() > points.get(i - 1).x());
  }

  @Test
  void thinningKeepsTheShapeOfASpike() {
    List<Curve.Point> flat = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) flat.add(new Curve.Point(i, i == 6_543 ? 100 : 1));

    List<Curve.Point> kept = Curve.downsample(flat, 50);

    assertEquals(50, kept.size());
    assertTrue(kept.contains(new Curve.Point(6_543, 100)));
  }

  @Test
  void shortCurvesAreLeftAloneGapsIncluded() {
    List<Curve.Point> points = List.of(new Curve.Point(0, 1), new Curve.Point(1, Double.NaN), new Curve.Point(2, 3));

    assertEquals(points, new Curve("a", ColorRole.PRIMARY, points).points());
  }

  @Test
  void everyLengthAboveTheLimitIsBoundedExactly() {
    for (int n : new int[] {301, 302, 1_000, 12_345}) {
      List<Curve.Point> points = new ArrayList<>();
      for (int i = 0; i < n; i++) points.add(new Curve.Point(i, Math.sin(i)));

      List<Curve.Point> kept = new Curve("s", ColorRole.PRIMARY, points).points();

      assertEquals(Curve.MAX_POINTS, kept.size(), "n = " + n);
      assertEquals(points.get(n - 1), kept.get(kept.size() - 1));
    }
  }

  @Test
  void aCurveWithOnlyGapsHasNothingToDraw() {
    Curve gaps = Curve.of("a", ColorRole.PRIMARY, new double[] {0, 1}, new double[] {Double.NaN, Double.NaN});

    assertFalse(gaps.hasValues());
  }
}
