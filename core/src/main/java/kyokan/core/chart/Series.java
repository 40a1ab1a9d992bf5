package kyokan.core.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One named row of values over a chart's categories, e.g. 新規 revenue per month. A missing value is NaN:
 * no bar, and a gap in a line.
 *
 * @param name already in the reader's language; shown in the legend and tooltips
 */
public record Series(String name, ColorRole color, List<Double> values) {

  public Series {
    name = name == null ? "" : name;
    if (color == null) throw new IllegalArgumentException("a series needs a colour role");
    values = List.copyOf(values);
  }

  public static Series of(String name, ColorRole color, long... values) {
    return new Series(name, color, Arrays.stream(values).mapToObj(v -> (double) v).toList());
  }

  public static Series of(String name, ColorRole color, double... values) {
    return new Series(name, color, Arrays.stream(values).boxed().toList());
  }

  /** Values that may be null, such as cohorts too young to have a rate: null becomes a gap. */
  public static Series of(String name, ColorRole color, List<? extends Number> values) {
    List<Double> doubles = new ArrayList<>(values.size());
    for (Number value : values) doubles.add(value == null ? Double.NaN : value.doubleValue());
    return new Series(name, color, doubles);
  }

  /** Whether any value is there to draw. */
  public boolean hasValues() {
    return values.stream().anyMatch(Double::isFinite);
  }
}
