package kyokan.core.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The frame shared by bar and line layouts: legend, value axis, x labels and margins, in an 800-unit-wide
 * drawing. Text widths are estimated (CJK one em, Latin about 0.6), since no font is at hand here.
 */
final class Frame {
  static final double WIDTH = 800;
  static final double PAD = 12;
  static final double PLOT_HEIGHT = 240;
  static final double TICK_FONT = 11;
  static final double LEGEND_FONT = 12;
  static final double DATA_FONT = 10;
  static final double MAX_LABEL = 110;
  static final int INK = 0x333333;
  static final int AXIS = 0x767676;
  static final int GRID = 0xe3e3e3;
  static final int WHITE = 0xffffff;

  /** How x labels are written: every n-th one (counted back from the last: the latest month), level or at 45°. */
  record LabelPlan(int every, boolean rotated, double depth) {
    boolean shows(int index, int count) {
      return (count - 1 - index) % every == 0;
    }
  }

  /** A legend entry: a filled swatch, or a line in the series' dash when {@code dash} is set. */
  record LegendItem(String name, int color, Mark.Dash dash) {}

  final List<Mark> marks = new ArrayList<>();
  double left = PAD;
  double right = WIDTH - PAD;
  double top = PAD;
  double bottom;
  private double below;
  private NiceScale values;
  private List<String> categories = List.of();
  private LabelPlan labelPlan;

  /** Sets the value scale; the left margin makes room for its widest tick label. */
  void valueScale(NiceScale scale, ValueFormat format) {
    values = scale;
    double widest = scale.ticks().stream().mapToDouble(t -> textWidth(format.format(t), TICK_FONT)).max()
        .orElse(0);
    left = Math.max(left, PAD + widest + 8);
  }

  /** Legend rows (only when there are two or more entries), then the value axis title; fixes the plot area. */
  void header(List<LegendItem> items, String valueTitle) {
    double y = PAD;
    if (items.size() > 1) {
      double x = left;
      for (LegendItem item : items) {
        double swatch = item.dash() == null ? 12 : 24;
        String name = fit(item.name(), LEGEND_FONT, 200);
        double width = swatch + 5 + textWidth(name, LEGEND_FONT);
        if (x + width > right && x > left) {
          x = left;
          y += 20;
        }
        if (item.dash() == null) marks.add(new Mark.Rect(x, y + 3, 12, 12, item.color(), null));
        else marks.add(new Mark.Line(x, y + 9, x + swatch, y + 9, item.color(), 2.5, item.dash()));
        marks.add(text(x + swatch + 5, y + 13.5, name, LEGEND_FONT, Mark.Anchor.START));
        x += width + 18;
      }
      y += 28;
    }
    if (!valueTitle.isBlank()) {
      marks.add(text(PAD, y + 11, fit(valueTitle, TICK_FONT, WIDTH - 2 * PAD), TICK_FONT, Mark.Anchor.START));
      y += 26;
    }
    top = Math.max(y, PAD + 8);
    bottom = top + PLOT_HEIGHT;
  }

  double y(double value) {
    return bottom - values.fraction(value) * (bottom - top);
  }

  /** Where the value 0 is, or the nearer edge when 0 is off the scale. */
  double zeroY() {
    return y(Math.max(values.min(), Math.min(values.max(), 0)));
  }

  void grid(ValueFormat format) {
    for (double tick : values.ticks()) {
      double y = y(tick);
      if (tick != 0) marks.add(new Mark.Line(left, y, right, y, GRID, 1, Mark.Dash.SOLID));
      marks.add(text(left - 6, y + TICK_FONT * 0.35, format.format(tick), TICK_FONT, Mark.Anchor.END));
    }
  }

  /** The y axis and the line at zero, drawn over the data. */
  void axes() {
    marks.add(new Mark.Line(left, top, left, bottom, AXIS, 1, Mark.Dash.SOLID));
    marks.add(new Mark.Line(left, zeroY(), right, zeroY(), AXIS, 1, Mark.Dash.SOLID));
  }

  double slot(int count) {
    return (right - left) / count;
  }

  double categoryX(int index, int count) {
    return left + slot(count) * (index + 0.5);
  }

  /** Level labels, thinned to every second or third; beyond that, every n-th at 45°, as few as keep them apart. */
  static LabelPlan plan(List<String> labels, double slot, boolean mayRotate) {
    double widest = widest(labels);
    if (widest + 6 <= slot) return new LabelPlan(1, false, TICK_FONT + 8);
    int level = (int) Math.ceil((widest + 8) / slot);
    if (!mayRotate || level <= 3) return new LabelPlan(level, false, TICK_FONT + 8);
    int every = (int) Math.ceil(TICK_FONT * 2.2 / slot);
    return new LabelPlan(every, true, widest * 0.71 + TICK_FONT + 10);
  }

  private static double widest(List<String> labels) {
    return labels.stream().mapToDouble(l -> textWidth(fit(l, TICK_FONT, MAX_LABEL), TICK_FONT)).max().orElse(0);
  }

  /**
   * Sets the x categories and how their labels will be written. Rotated labels hang down-left from their
   * tick, so the left margin grows until the first one stays inside the drawing.
   */
  void categories(List<String> labels) {
    categories = labels;
    for (int round = 0; round < 2; round++) {
      labelPlan = plan(labels, slot(labels.size()), true);
      if (!labelPlan.rotated()) return;
      left = Math.max(left, widest(labels) * 0.71 - slot(labels.size()) / 2 + 4);
    }
  }

  void categoryLabels() {
    int n = categories.size();
    for (int i = 0; i < n; i++) {
      if (!labelPlan.shows(i, n)) continue;
      String label = fit(categories.get(i), TICK_FONT, MAX_LABEL);
      double x = categoryX(i, n);
      if (labelPlan.rotated()) {
        marks.add(new Mark.Text(x + TICK_FONT * 0.35, bottom + 8, label, TICK_FONT, Mark.Anchor.END, INK, false,
            -45));
      } else {
        double half = textWidth(label, TICK_FONT) / 2;
        x = Math.max(half + 2, Math.min(WIDTH - half - 2, x));
        marks.add(text(x, bottom + 6 + TICK_FONT, label, TICK_FONT, Mark.Anchor.MIDDLE));
      }
    }
    below = labelPlan.depth();
  }

  /** Numeric x ticks with their labels and light vertical grid lines; {@code x} maps a value to its position. */
  void numericLabels(NiceScale scale, ValueFormat format, DoubleUnaryOperator x) {
    for (double tick : scale.ticks()) {
      double at = x.applyAsDouble(tick);
      if (at > left + 0.5) marks.add(new Mark.Line(at, top, at, bottom, GRID, 1, Mark.Dash.SOLID));
      marks.add(text(at, bottom + 6 + TICK_FONT, format.format(tick), TICK_FONT, Mark.Anchor.MIDDLE));
    }
    below = TICK_FONT + 8;
  }

  Drawing finish(ChartText text, String fallbackSummary, String xTitle) {
    double height = bottom + below;
    if (!xTitle.isBlank()) {
      String title = fit(xTitle, TICK_FONT, right - left);
      marks.add(text((left + right) / 2, height + 14, title, TICK_FONT, Mark.Anchor.MIDDLE));
      height += 20;
    }
    return new Drawing(WIDTH, Math.ceil(height + PAD), text.title(),
        text.summary().isBlank() ? fallbackSummary : text.summary(), marks);
  }

  static Mark.Text text(double x, double y, String text, double size, Mark.Anchor anchor) {
    return new Mark.Text(x, y, text, size, anchor, INK, false, 0);
  }

  static Drawing empty(Chart chart) {
    ChartText text = chart.text();
    return new Drawing(WIDTH, 120, text.title(), text.noData(),
        List.of(new Mark.Text(WIDTH / 2, 64, text.noData(), 14, Mark.Anchor.MIDDLE, INK, false, 0)));
  }

  /** A neutral description when the caller gave none: the series, and the first and last category. */
  static String summary(List<String> names, List<String> categories) {
    String series = String.join(" / ", names);
    if (categories.isEmpty()) return series;
    return series + " (" + categories.get(0) + " – " + categories.get(categories.size() - 1) + ")";
  }

  /** The ink that reads on {@code fill}: white on dark colours, the text colour on light ones. */
  static int inkOn(int fill) {
    return ColorRole.lightness(fill) < 60 ? WHITE : INK;
  }

  static double textWidth(String text, double size) {
    double ems = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ' || cp == '.' || cp == ',' || cp == ':' || cp == '\'' || cp == 'i' || cp == 'l') ems += 0.3;
      else if (cp < 0x80) ems += Character.isUpperCase(cp) || cp == '%' || cp == 'm' || cp == 'w' ? 0.72 : 0.58;
      else if (cp < 0x2000 || (cp >= 0xff61 && cp <= 0xff9f)) ems += 0.6;
      else ems += 1.0;
    }
    return ems * size;
  }

  /** {@code text} cut to {@code maxWidth} with an ellipsis. */
  static String fit(String text, double size, double maxWidth) {
    if (textWidth(text, size) <= maxWidth) return text;
    int end = text.length();
    while (end > 0 && textWidth(text.substring(0, end) + "…", size) > maxWidth) {
      end = text.offsetByCodePoints(end, -1);
    }
    return text.substring(0, end) + "…";
  }
}
