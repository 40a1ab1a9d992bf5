package kyokan.core.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Lays a table out across the page width: columns as wide as their content (the widest shrunk first when the
 * page is too narrow), cells wrapped, figures right-aligned, rows kept whole, and the header repeated at the
 * top of every page the table runs onto.
 */
final class TableDrawer {
  private static final int HEADER_FILL = 0xe7eef6;
  private static final int HEADER_INK = 0x1b3f66;
  private static final int STRIPE = 0xf6f8fa;
  private static final int RULE = 0xc9d2dc;
  private static final int ACCENT = 0x1f5a96;

  private final PageFlow flow;
  private final ReportFont font;
  private final float size;
  private final float lineHeight;
  private final float padX;
  private final float padY;

  TableDrawer(PageFlow flow, boolean compact) {
    this.flow = flow;
    this.font = flow.font;
    this.size = compact ? 7.4f : 8.6f;
    this.lineHeight = size * 1.42f;
    this.padX = compact ? 3f : 5f;
    this.padY = compact ? 3f : 4f;
  }

  void table(ReportBlock.Table t) throws IOException {
    List<String> header = t.header().stream().map(font::printable).toList();
    List<List<String>> rows = t.rows().stream().map(r -> r.stream().map(font::printable).toList()).toList();
    float[] widths = widths(header, rows, t.aligns());
    List<List<String>> headerLines = wrapRow(header, widths);
    float headerHeight = height(headerLines);
    flow.ensure(headerHeight + (rows.isEmpty() ? 0 : height(wrapRow(rows.get(0), widths))));
    drawHeader(headerLines, widths, t.aligns(), headerHeight);
    for (int r = 0; r < rows.size(); r++) {
      List<List<String>> lines = wrapRow(rows.get(r), widths);
      float h = height(lines);
      if (flow.room() < h) {
        rule(flow.y, 0.8f, ACCENT);
        flow.newPage();
        drawHeader(headerLines, widths, t.aligns(), headerHeight);
      }
      if (r % 2 == 1) PageFlow.rect(flow.cs(), PageFlow.LEFT, flow.y - h, sum(widths), h, STRIPE);
      drawCells(lines, widths, t.aligns(), h, PageFlow.INK, false);
      flow.y -= h;
      rule(flow.y, 0.4f, RULE);
    }
    rule(flow.y, 0.8f, ACCENT);
  }

  /** Label and value pairs: labels in grey on the left, values beside them. */
  void keyValues(ReportBlock.KeyValues kv) throws IOException {
    float keyWidth = 0;
    for (ReportBlock.KeyValue e : kv.entries()) keyWidth = Math.max(keyWidth, font.width(font.printable(e.key()), size));
    keyWidth = Math.min(keyWidth + 2 * padX + 12, PageFlow.WIDTH * 0.4f);
    float[] widths = {keyWidth, PageFlow.WIDTH - keyWidth};
    List<ReportBlock.Align> aligns = List.of(ReportBlock.Align.LEFT, ReportBlock.Align.LEFT);
    for (ReportBlock.KeyValue e : kv.entries()) {
      List<List<String>> lines = wrapRow(List.of(font.printable(e.key()), font.printable(e.value())), widths);
      float h = height(lines);
      flow.ensure(h);
      drawCells(List.of(lines.get(0)), new float[] {widths[0]}, aligns, h, PageFlow.MUTED, false);
      drawCells(List.of(List.of(), lines.get(1)), widths, aligns, h, PageFlow.INK, false);
      flow.y -= h;
      rule(flow.y, 0.4f, RULE);
    }
  }

  private void drawHeader(List<List<String>> lines, float[] widths, List<ReportBlock.Align> aligns, float h) throws IOException {
    PageFlow.rect(flow.cs(), PageFlow.LEFT, flow.y - h, sum(widths), h, HEADER_FILL);
    drawCells(lines, widths, aligns, h, HEADER_INK, true);
    flow.y -= h;
    rule(flow.y, 0.8f, ACCENT);
  }

  private void drawCells(List<List<String>> cells, float[] widths, List<ReportBlock.Align> aligns, float h, int ink,
      boolean bold) throws IOException {
    float x = PageFlow.LEFT;
    for (int c = 0; c < cells.size(); c++) {
      List<String> lines = cells.get(c);
      // Each cell's lines are centred in the row; a CJK glyph's middle sits about 0.38 em above its baseline.
      float top = flow.y - (h - lines.size() * lineHeight) / 2;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        float baseline = top - i * lineHeight - lineHeight / 2 - size * 0.36f;
        float tx = aligns.get(c) == ReportBlock.Align.RIGHT ? x + widths[c] - padX - font.width(line, size) : x + padX;
        PageFlow.text(flow.cs(), font, line, tx, baseline, size, ink, bold);
      }
      x += widths[c];
    }
  }

  private List<List<String>> wrapRow(List<String> cells, float[] widths) {
    List<List<String>> lines = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      lines.add(TextWrap.lines(cells.get(c), widths[c] - 2 * padX, s -> font.width(s, size)));
    }
    return lines;
  }

  private float height(List<List<String>> lines) {
    int most = lines.stream().mapToInt(List::size).max().orElse(1);
    return most * lineHeight + 2 * padY;
  }

  /** Natural widths; extra room goes to the text columns; when too wide, the widest columns give way first. */
  private float[] widths(List<String> header, List<List<String>> rows, List<ReportBlock.Align> aligns) {
    int n = header.size();
    float[] natural = new float[n];
    for (int c = 0; c < n; c++) {
      natural[c] = widest(header.get(c));
      for (List<String> row : rows) natural[c] = Math.max(natural[c], widest(row.get(c)));
      // One long cell (a list of product names) wraps rather than widen its column past a third of the page.
      natural[c] = Math.min(natural[c] + 2 * padX + 1, PageFlow.WIDTH * 0.34f);
    }
    float total = sum(natural);
    float available = PageFlow.WIDTH;
    if (total <= available) {
      boolean[] text = new boolean[n];
      float textTotal = 0;
      for (int c = 0; c < n; c++) {
        text[c] = aligns.get(c) == ReportBlock.Align.LEFT;
        if (text[c]) textTotal += natural[c];
      }
      float[] widths = natural.clone();
      for (int c = 0; c < n; c++) {
        float share = textTotal > 0 ? (text[c] ? natural[c] / textTotal : 0) : natural[c] / total;
        widths[c] += (available - total) * share;
      }
      return widths;
    }
    // Water-filling: find the cap c with Σ min(natural, c) = available.
    float[] sorted = natural.clone();
    Arrays.sort(sorted);
    float cap = available / n;
    float used = 0;
    for (int i = 0; i < n; i++) {
      float candidate = (available - used) / (n - i);
      if (sorted[i] >= candidate) {
        cap = candidate;
        break;
      }
      used += sorted[i];
    }
    float[] widths = new float[n];
    for (int c = 0; c < n; c++) widths[c] = Math.min(natural[c], cap);
    return widths;
  }

  private float widest(String cell) {
    float w = 0;
    for (String line : cell.split("\n", -1)) w = Math.max(w, font.width(line, size));
    return w;
  }

  private void rule(float y, float width, int rgb) throws IOException {
    PageFlow.rule(flow.cs(), PageFlow.LEFT, y, PageFlow.RIGHT, y, width, rgb);
  }

  private static float sum(float[] values) {
    float s = 0;
    for (float v : values) s += v;
    return s;
  }
}
