package kyokan.core.chart;

import java.util.List;
import java.util.OptionalInt;

/** Lays out a {@link HeatMap}: a colour key, column labels, then one row of cells per row label. */
final class HeatMapLayout {
  private static final double ROW = 22;
  private static final double FONT = 11;
  private static final double MAX_ROW_LABEL = 160;
  private static final int KEY_STEPS = 5;

  private HeatMapLayout() {}

  static Drawing of(HeatMap map) {
    if (map.isEmpty()) return Frame.empty(map);
    Frame frame = new Frame();
    List<String> columns = map.columns();
    double labels = map.rows().stream().mapToDouble(r -> Frame.textWidth(r, FONT)).max().orElse(0);
    frame.left = Frame.PAD + Math.min(MAX_ROW_LABEL, labels) + 8;
    double cell = (frame.right - frame.left) / columns.size();
    double y = key(map, frame, Frame.PAD);
    Frame.LabelPlan plan = Frame.plan(columns, cell, false);
    for (int c = 0; c < columns.size(); c++) {
      if (c % plan.every() != 0) continue;
      String label = Frame.fit(columns.get(c), FONT, Frame.MAX_LABEL);
      frame.marks.add(Frame.text(frame.left + cell * (c + 0.5), y + FONT, label, FONT, Mark.Anchor.MIDDLE));
    }
    y += FONT + 8;
    double font = cellFont(map, cell);
    for (int r = 0; r < map.rows().size(); r++) {
      double baseline = y + ROW / 2 + FONT * 0.35;
      frame.marks.add(Frame.text(frame.left - 8, baseline, Frame.fit(map.rows().get(r), FONT, MAX_ROW_LABEL), FONT,
          Mark.Anchor.END));
      List<HeatMap.Cell> row = map.cells().get(r);
      for (int c = 0; c < row.size(); c++) {
        HeatMap.Cell value = row.get(c);
        OptionalInt fill = map.fill(value);
        if (fill.isEmpty()) continue;
        double x = frame.left + cell * c;
        String note = map.rows().get(r) + " / " + columns.get(c) + ": " + value.text();
        frame.marks.add(new Mark.Rect(x, y, cell - 1, ROW - 1, fill.getAsInt(), note));
        if (font > 0 && !value.text().isEmpty()) {
          frame.marks.add(new Mark.Text(x + (cell - 1) / 2, y + (ROW - 1) / 2 + font * 0.35, value.text(), font,
              Mark.Anchor.MIDDLE, Frame.inkOn(fill.getAsInt()), false, 0));
        }
      }
      y += ROW;
    }
    String summary = span(map.rows()) + " × " + span(columns);
    return new Drawing(Frame.WIDTH, Math.ceil(y + Frame.PAD), map.text().title(),
        map.text().summary().isBlank() ? summary : map.text().summary(), frame.marks);
  }

  private static String span(List<String> labels) {
    return labels.get(0) + " – " + labels.get(labels.size() - 1);
  }

  /** The colour key, "low ▯▯▯▯▯ high"; returns where the next row starts. */
  private static double key(HeatMap map, Frame frame, double y) {
    String low = map.format().format(map.low());
    String high = map.format().format(map.high());
    double x = frame.left;
    frame.marks.add(Frame.text(x, y + 10, low, Frame.DATA_FONT, Mark.Anchor.START));
    x += Frame.textWidth(low, Frame.DATA_FONT) + 6;
    for (int i = 0; i < KEY_STEPS; i++) {
      frame.marks.add(new Mark.Rect(x, y + 1, 20, 10, map.color().shade(i / (KEY_STEPS - 1.0)), null));
      x += 20;
    }
    frame.marks.add(Frame.text(x + 6, y + 10, high, Frame.DATA_FONT, Mark.Anchor.START));
    return y + 22;
  }

  /** The largest size (at most the label size) at which every cell text fits its cell; 0 when too small to read. */
  private static double cellFont(HeatMap map, double cell) {
    double widest = map.cells().stream().flatMap(List::stream).mapToDouble(c -> Frame.textWidth(c.text(), 1))
        .max().orElse(0);
    double size = widest == 0 ? FONT : Math.min(FONT, (cell - 5) / widest);
    return size < 7 ? 0 : Math.floor(size * 2) / 2;
  }
}
