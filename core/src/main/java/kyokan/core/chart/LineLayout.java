package kyokan.core.chart;

import java.util.ArrayList;
import java.util.List;

/** Lays out a {@link LineChart}; lines differ in dash as well as colour, so they survive a greyscale print. */
final class LineLayout {
  private static final Mark.Dash[] DASHES = {Mark.Dash.SOLID, Mark.Dash.DASHED, Mark.Dash.DOTTED};

  private final LineChart chart;
  private final Frame frame = new Frame();
  private NiceScale xScale;

  private LineLayout(LineChart chart) {
    this.chart = chart;
  }

  static Drawing of(LineChart chart) {
    return chart.isEmpty() ? Frame.empty(chart) : new LineLayout(chart).draw();
  }

  private Drawing draw() {
    ValueFormat yFormat = chart.y().format();
    boolean whole = chart.curves().stream().flatMap(c -> c.points().stream()).map(Curve.Point::y)
        .filter(Double::isFinite).allMatch(y -> y == Math.rint(y))
        && chart.guides().stream().allMatch(g -> !Double.isFinite(g.y()) || g.y() == Math.rint(g.y()));
    frame.valueScale(NiceScale.of(Math.min(0, bound(false, true)), Math.max(0, bound(true, true)), 6, whole),
        yFormat);
    if (chart.hasCategories()) frame.categories(chart.categories());
    else xAxis();
    List<Frame.LegendItem> legend = new ArrayList<>();
    for (int k = 0; k < chart.curves().size(); k++) {
      Curve c = chart.curves().get(k);
      legend.add(new Frame.LegendItem(c.name(), c.color().rgb(), DASHES[k % DASHES.length]));
    }
    frame.header(legend, chart.y().title());
    frame.grid(yFormat);
    if (!chart.hasCategories()) frame.numericLabels(xScale, chart.x().format(), this::x);
    for (int k = 0; k < chart.curves().size(); k++) curve(chart.curves().get(k), DASHES[k % DASHES.length]);
    frame.axes();
    for (LineChart.Guide guide : chart.guides()) guide(guide);
    if (chart.hasCategories()) frame.categoryLabels();
    List<String> names = chart.curves().stream().map(Curve::name).toList();
    return frame.finish(chart.text(), Frame.summary(names, chart.categories()), chart.x().title());
  }

  /** The lowest or highest x or y among the points and guides. */
  private double bound(boolean highest, boolean ofY) {
    double bound = highest ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    List<Curve.Point> all = new ArrayList<>();
    chart.curves().forEach(c -> all.addAll(c.points()));
    chart.guides().forEach(g -> all.add(new Curve.Point(g.x(), g.y())));
    for (Curve.Point p : all) {
      double v = ofY ? p.y() : p.x();
      if (Double.isFinite(v)) bound = highest ? Math.max(bound, v) : Math.min(bound, v);
    }
    return Double.isFinite(bound) ? bound : 0;
  }

  /** The most ticks whose labels still fit side by side; the right margin holds half the last label. */
  private void xAxis() {
    ValueFormat format = chart.x().format();
    boolean whole = chart.curves().stream().flatMap(c -> c.points().stream())
        .allMatch(p -> p.x() == Math.rint(p.x()));
    for (int ticks = 11; ticks >= 2; ticks--) {
      xScale = NiceScale.of(bound(false, false), bound(true, false), ticks, whole);
      double widest = xScale.ticks().stream().mapToDouble(t -> Frame.textWidth(format.format(t), Frame.TICK_FONT))
          .max().orElse(0);
      if (widest + 12 <= (frame.right - frame.left) / (xScale.ticks().size() - 1)) break;
    }
    double last = Frame.textWidth(format.format(xScale.max()), Frame.TICK_FONT);
    frame.right = Frame.WIDTH - Math.max(Frame.PAD, last / 2 + 4);
  }

  private double x(double value) {
    if (chart.hasCategories()) return frame.left + frame.slot(chart.categories().size()) * (value + 0.5);
    return frame.left + xScale.fraction(value) * (frame.right - frame.left);
  }

  /** Runs of points between gaps become polylines; a lone point, and every point over categories, a dot. */
  private void curve(Curve curve, Mark.Dash dash) {
    int color = curve.color().rgb();
    List<Curve.Point> run = new ArrayList<>();
    List<Mark> dots = new ArrayList<>();
    for (Curve.Point p : curve.points()) {
      if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
        flush(run, curve, dash);
        continue;
      }
      Curve.Point at = new Curve.Point(x(p.x()), frame.y(p.y()));
      run.add(at);
      if (chart.hasCategories()) {
        String value = chart.y().format().format(p.y());
        String note = chart.categories().get((int) p.x()) + " " + curve.name() + ": " + value;
        dots.add(new Mark.Dot(at.x(), at.y(), 3, color, note));
      }
    }
    flush(run, curve, dash);
    frame.marks.addAll(dots);
  }

  private void flush(List<Curve.Point> run, Curve curve, Mark.Dash dash) {
    if (run.size() == 1 && !chart.hasCategories()) {
      frame.marks.add(new Mark.Dot(run.get(0).x(), run.get(0).y(), 3, curve.color().rgb(), curve.name()));
    } else if (run.size() > 1) {
      frame.marks.add(new Mark.Path(run, curve.color().rgb(), 2, dash, curve.name()));
    }
    run.clear();
  }

  private void guide(LineChart.Guide guide) {
    int color = ColorRole.ACCENT.rgb();
    boolean hasX = Double.isFinite(guide.x());
    boolean hasY = Double.isFinite(guide.y());
    double gx = hasX ? x(guide.x()) : 0;
    double gy = hasY ? frame.y(guide.y()) : 0;
    double width = Frame.textWidth(guide.label(), Frame.DATA_FONT);
    if (hasX && hasY) {
      frame.marks.add(new Mark.Dot(gx, gy, 4.5, color, guide.label()));
      boolean leftward = gx + 8 + width > frame.right;
      label(leftward ? gx - 8 : gx + 8, gy + 16, guide.label(), leftward);
    } else if (hasX) {
      frame.marks.add(new Mark.Line(gx, frame.top, gx, frame.bottom, color, 1.2, Mark.Dash.DASHED));
      boolean leftward = gx + 4 + width > frame.right;
      label(leftward ? gx - 4 : gx + 4, frame.top + 12, guide.label(), leftward);
    } else if (hasY) {
      frame.marks.add(new Mark.Line(frame.left, gy, frame.right, gy, color, 1.2, Mark.Dash.DASHED));
      label(frame.right - 4, gy - 5, guide.label(), true);
    }
  }

  private void label(double x, double y, String text, boolean leftward) {
    if (text.isBlank()) return;
    frame.marks.add(new Mark.Text(x, y, text, Frame.DATA_FONT, leftward ? Mark.Anchor.END : Mark.Anchor.START,
        Frame.INK, true, 0));
  }
}
