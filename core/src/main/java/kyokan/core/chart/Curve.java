package kyokan.core.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a line chart: points in x order. A curve never holds more than {@link #MAX_POINTS}; longer
 * inputs (a Pareto curve over 100,000 customers) are thinned on construction, keeping the first and last
 * point and the shape (largest-triangle-three-buckets). A point with a NaN y is a gap.
 */
public record Curve(String name, ColorRole color, List<Curve.Point> points) {
  /** Several points per horizontal pixel of a page-wide chart: more would not show. */
  public static final int MAX_POINTS = 300;

  public record Point(double x, double y) {}

  public Curve {
    name = name == null ? "" : name;
    if (color == null) throw new IllegalArgumentException("a curve needs a colour role");
    points = downsample(points, MAX_POINTS);
  }

  public static Curve of(String name, ColorRole color, double[] xs, double[] ys) {
    if (xs.length != ys.length) throw new IllegalArgumentException("xs and ys differ in length");
    List<Point> points = new ArrayList<>(xs.length);
    for (int i = 0; i < xs.length; i++) points.add(new Point(xs[i], ys[i]));
    return new Curve(name, color, points);
  }

  /**
   * At most {@code max} (at least 3) of {@code points}, first and last included, chosen so the line keeps its
   * shape; gaps (NaN y) are dropped when thinning is needed. Unchanged when already short enough.
   */
  public static List<Point> downsample(List<Point> points, int max) {
    if (points.size() <= max) return List.copyOf(points);
    if (max < 3) throw new IllegalArgumentException("keep at least 3 points");
    List<Point> data = points.stream().filter(p -> Double.isFinite(p.x()) && Double.isFinite(p.y())).toList();
    if (data.size() <= max) return data;
    List<Point> kept = new ArrayList<>(max);
    kept.add(data.get(0));
    double bucket = (double) (data.size() - 2) / (max - 2);
    Point previous = data.get(0);
    for (int b = 0; b < max - 2; b++) {
      int from = (int) Math.floor(b * bucket) + 1;
      int to = (int) Math.floor((b + 1) * bucket) + 1;
      Point next = average(data, to, Math.min((int) Math.floor((b + 2) * bucket) + 1, data.size()));
      Point best = data.get(from);
      double bestArea = -1;
      for (int i = from; i < to; i++) {
        Point p = data.get(i);
        double area = Math.abs((previous.x() - next.x()) * (p.y() - previous.y())
            - (previous.x() - p.x()) * (next.y() - previous.y()));
        if (area > bestArea) {
          bestArea = area;
          best = p;
        }
      }
      kept.add(best);
      previous = best;
    }
    kept.add(data.get(data.size() - 1));
    return List.copyOf(kept);
  }

  private static Point average(List<Point> data, int from, int to) {
    if (from >= to) return data.get(data.size() - 1);
    double x = 0;
    double y = 0;
    for (int i = from; i < to; i++) {
      x += data.get(i).x();
      y += data.get(i).y();
    }
    return new Point(x / (to - from), y / (to - from));
  }

  /** Whether any point is there to draw. */
  public boolean hasValues() {
    return points.stream().anyMatch(p -> Double.isFinite(p.x()) && Double.isFinite(p.y()));
  }
}
