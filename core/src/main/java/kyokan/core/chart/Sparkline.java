package kyokan.core.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-sized line of values over time (a client's twelve months of revenue on the cockpit): no axes, no
 * labels, the last value marked. Scaled from zero (or the lowest value, if negative) to the highest, so a
 * flat line means flat figures. Its {@link #layout()} is a {@link Drawing} like every chart's, written by
 * {@link SvgChart#render(Drawing)}.
 *
 * @param title what a screen reader announces, in the reader's language
 * @param summary the values in words, for screen readers and the hover text
 */
public record Sparkline(String title, String summary, List<Double> values) {
  static final double WIDTH = 120;
  static final double HEIGHT = 28;
  static final double PAD = 3;

  public Sparkline {
    values = List.copyOf(values);
  }

  public static Sparkline of(String title, String summary, List<? extends Number> values) {
    return new Sparkline(title, summary, values.stream().map(Number::doubleValue).toList());
  }

  public boolean isEmpty() {
    return values.size() < 2;
  }

  public Drawing layout() {
    List<Mark> marks = new ArrayList<>();
    if (!isEmpty()) {
      double low = Math.min(0, values.stream().mapToDouble(Double::doubleValue).min().orElse(0));
      double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
      double span = high > low ? high - low : 1;
      double step = (WIDTH - 2 * PAD) / (values.size() - 1);
      List<Curve.Point> points = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        points.add(new Curve.Point(PAD + i * step, HEIGHT - PAD - (values.get(i) - low) / span * (HEIGHT - 2 * PAD)));
      }
      marks.add(new Mark.Path(points, ColorRole.PRIMARY.rgb(), 1.5, Mark.Dash.SOLID, summary));
      Curve.Point last = points.get(points.size() - 1);
      marks.add(new Mark.Dot(last.x(), last.y(), 2.5, ColorRole.ACCENT.rgb(), null));
    }
    return new Drawing(WIDTH, HEIGHT, title, summary, marks);
  }
}
