package kyokan.core.chart;

import java.util.ArrayList;
import java.util.List;

/** Lays out a {@link BarChart}: a bar's height is proportional to its value, measured from zero. */
final class BarLayout {
  private static final double MAX_BAR = 72;
  private static final int MAX_LABELLED_SERIES = 4;

  private final BarChart chart;
  private final ValueFormat format;
  private final Frame frame = new Frame();
  private final List<Mark> labels = new ArrayList<>();
  private List<Series> inside = List.of();

  private BarLayout(BarChart chart) {
    this.chart = chart;
    this.format = chart.values().format();
  }

  static Drawing of(BarChart chart) {
    return chart.isEmpty() ? Frame.empty(chart) : new BarLayout(chart).draw();
  }

  private Drawing draw() {
    List<String> categories = chart.categories();
    List<Frame.LegendItem> legend = new ArrayList<>();
    for (Series s : chart.series()) legend.add(new Frame.LegendItem(s.name(), s.color().rgb(), null));
    frame.valueScale(scale(), format);
    frame.categories(categories);
    frame.header(legend, chart.values().title());
    frame.grid(format);
    if (chart.stacked()) inside = labelledInside();
    for (int i = 0; i < categories.size(); i++) {
      if (chart.stacked()) stack(i);
      else group(i);
    }
    frame.axes();
    frame.marks.addAll(labels);
    frame.categoryLabels();
    List<String> names = chart.series().stream().map(Series::name).toList();
    return frame.finish(chart.text(), Frame.summary(names, categories), "");
  }

  /** From the lowest to the highest bar (stacks summed by sign), zero included. */
  private NiceScale scale() {
    double low = 0;
    double high = 0;
    boolean whole = true;
    for (int i = 0; i < chart.categories().size(); i++) {
      double up = 0;
      double down = 0;
      for (Series s : chart.series()) {
        double v = s.values().get(i);
        if (!Double.isFinite(v)) continue;
        whole &= v == Math.rint(v);
        if (!chart.stacked()) {
          low = Math.min(low, v);
          high = Math.max(high, v);
        } else if (v >= 0) up += v;
        else down += v;
      }
      high = Math.max(high, up);
      low = Math.min(low, down);
    }
    // Room under the lowest bar for its value, clear of the category labels.
    if (low < 0 && !chart.stacked()) low -= (high - low) * 0.06;
    return NiceScale.of(low, high, 6, whole);
  }

  /**
   * Stacked series whose every segment has room for its value written inside; a series is labelled
   * throughout or not at all, and not at all beyond a few series, where the numbers would crowd the bars.
   */
  private List<Series> labelledInside() {
    if (chart.series().size() < 2 || chart.series().size() > MAX_LABELLED_SERIES) return List.of();
    double width = barWidth();
    List<Series> labelled = new ArrayList<>();
    for (Series s : chart.series()) {
      boolean fits = s.values().stream().filter(v -> Double.isFinite(v) && v != 0).allMatch(v ->
          Math.abs(frame.y(v) - frame.y(0)) >= Frame.DATA_FONT + 4
              && Frame.textWidth(format.format(v), Frame.DATA_FONT) + 4 <= width);
      if (fits) labelled.add(s);
    }
    return labelled;
  }

  private double barWidth() {
    return Math.min(MAX_BAR, frame.slot(chart.categories().size()) * 0.64);
  }

  private void stack(int i) {
    int n = chart.categories().size();
    double slot = frame.slot(n);
    double width = barWidth();
    double x = frame.categoryX(i, n) - width / 2;
    double up = 0;
    double down = 0;
    boolean several = chart.series().size() > 1;
    boolean any = false;
    for (Series s : chart.series()) {
      double v = s.values().get(i);
      any |= Double.isFinite(v);
      if (!Double.isFinite(v) || v == 0) continue;
      double from = v > 0 ? up : down;
      double to = from + v;
      if (v > 0) up = to;
      else down = to;
      double y = Math.min(frame.y(from), frame.y(to));
      double height = Math.abs(frame.y(to) - frame.y(from));
      frame.marks.add(new Mark.Rect(x, y, width, height, s.color().rgb(), note(i, s, v)));
      if (several && from != 0) {
        frame.marks.add(new Mark.Line(x, frame.y(from), x + width, frame.y(from), Frame.WHITE, 1, Mark.Dash.SOLID));
      }
      if (inside.contains(s)) {
        labels.add(new Mark.Text(x + width / 2, y + height / 2 + Frame.DATA_FONT * 0.35, format.format(v),
            Frame.DATA_FONT, Mark.Anchor.MIDDLE, Frame.inkOn(s.color().rgb()), false, 0));
      }
    }
    // The net total sits on the stack's positive part, or on the zero line, whatever its sign.
    if (any) valueLabel(frame.categoryX(i, n), slot - 4, up + down, up);
  }

  private void group(int i) {
    int n = chart.categories().size();
    int count = chart.series().size();
    double slot = frame.slot(n);
    double groupWidth = Math.min(slot * 0.8, MAX_BAR * count);
    double bar = groupWidth / count;
    double x = frame.categoryX(i, n) - groupWidth / 2;
    for (int k = 0; k < count; k++) {
      Series s = chart.series().get(k);
      double v = s.values().get(i);
      if (!Double.isFinite(v)) continue;
      double y = Math.min(frame.y(0), frame.y(v));
      double gap = bar > 4 ? 1 : 0;
      double height = Math.abs(frame.y(v) - frame.y(0));
      frame.marks.add(new Mark.Rect(x + k * bar, y, bar - gap, height, s.color().rgb(), note(i, s, v)));
      valueLabel(x + (k + 0.5) * bar, count == 1 ? slot - 4 : bar + 2, v, v);
    }
  }

  /** The value above a bar, or below it when negative, if it fits the room beside its neighbours. */
  private void valueLabel(double x, double room, double value, double end) {
    String text = format.format(value);
    if (Frame.textWidth(text, Frame.DATA_FONT) > room) return;
    double y = end >= 0 ? frame.y(end) - 4 : frame.y(end) + Frame.DATA_FONT + 2;
    labels.add(new Mark.Text(x, y, text, Frame.DATA_FONT, Mark.Anchor.MIDDLE, Frame.INK, false, 0));
  }

  private String note(int i, Series s, double v) {
    String category = chart.categories().get(i);
    return (s.name().isBlank() ? category : category + " " + s.name()) + ": " + format.format(v);
  }
}
