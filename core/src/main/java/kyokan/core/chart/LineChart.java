package kyokan.core.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines over categories (F2 rate by cohort month) or over a numeric x (the Pareto curve), with optional
 * guides such as "x = 20 %" and "y = 80 %".
 *
 * @param categories the x labels when x is a category (curves then hold x = 0, 1, 2 …); empty for numeric x
 * @param x the numeric x axis; for categories only its title is used
 */
public record LineChart(ChartText text, List<String> categories, List<Curve> curves, Axis x, Axis y,
    List<LineChart.Guide> guides) implements Chart {

  /**
   * A reference drawn over the lines: a vertical line (y NaN), a horizontal line (x NaN) or a marked point.
   *
   * @param label already in the reader's language; may be empty
   */
  public record Guide(double x, double y, String label) {
    public Guide {
      label = label == null ? "" : label;
    }

    public static Guide vertical(double x, String label) {
      return new Guide(x, Double.NaN, label);
    }

    public static Guide horizontal(double y, String label) {
      return new Guide(Double.NaN, y, label);
    }

    public static Guide point(double x, double y, String label) {
      return new Guide(x, y, label);
    }
  }

  public LineChart {
    categories = List.copyOf(categories);
    curves = List.copyOf(curves);
    guides = List.copyOf(guides);
  }

  /** One line per series over the categories; NaN values leave gaps. */
  public static LineChart overCategories(ChartText text, List<String> categories, Axis y, Series... series) {
    List<Curve> curves = new ArrayList<>();
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException("series " + s.name() + " does not match the categories");
      }
      List<Curve.Point> points = new ArrayList<>();
      for (int i = 0; i < s.values().size(); i++) points.add(new Curve.Point(i, s.values().get(i)));
      curves.add(new Curve(s.name(), s.color(), points));
    }
    return new LineChart(text, categories, curves, Axis.of(ValueFormat.count()), y, List.of());
  }

  public static LineChart numeric(ChartText text, Axis x, Axis y, Curve... curves) {
    return new LineChart(text, List.of(), List.of(curves), x, y, List.of());
  }

  public LineChart withGuides(Guide... more) {
    List<Guide> all = new ArrayList<>(guides);
    all.addAll(List.of(more));
    return new LineChart(text, categories, curves, x, y, all);
  }

  public boolean hasCategories() {
    return !categories.isEmpty();
  }

  @Override
  public boolean isEmpty() {
    return curves.stream().noneMatch(Curve::hasValues);
  }

  @Override
  public Drawing layout() {
    return LineLayout.of(this);
  }
}
