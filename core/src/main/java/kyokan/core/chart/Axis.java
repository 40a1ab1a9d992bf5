package kyokan.core.chart;

/**
 * How one value axis reads: its optional title (e.g. "売上（円）") and the formatter of its tick labels,
 * which bar data labels and tooltips use too.
 */
public record Axis(String title, ValueFormat format) {

  public Axis {
    title = title == null ? "" : title;
    if (format == null) throw new IllegalArgumentException("an axis needs a value format");
  }

  public static Axis of(ValueFormat format) {
    return new Axis("", format);
  }

  public static Axis titled(String title, ValueFormat format) {
    return new Axis(title, format);
  }
}
