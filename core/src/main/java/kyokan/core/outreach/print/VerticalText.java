package kyokan.core.outreach.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * 縦書き with a horizontal font: each glyph sits in a square cell under the one before, centred on the column.
 * Marks that lie along the line (ー, dashes, brackets, ～, …) are turned 90° clockwise; 、and 。 move to the cell's
 * upper right; Latin letters and digits become full-width so they stand upright, one a cell.
 */
final class VerticalText {
  private static final String TURNED = "ー－―‐—～〜…‥：；＝（）「」『』【】〔〕［］｛｝〈〉《》＜＞→←";
  private static final String SMALL_MARKS = "、。，．";
  private static final double ASCENT = 0.88;
  private static final double DESCENT = -0.12;

  private VerticalText() {}

  /** The text in the forms a vertical line uses: ASCII and the minus sign as full-width, spaces kept. */
  static String verticalForms(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == ' ') out.append(' ');
      else if (cp > 0x20 && cp < 0x7f) out.appendCodePoint(cp + 0xFEE0);
      else if (cp == 0x2212 || cp == 0x2010 || cp == 0x2011) out.append('－');
      else out.appendCodePoint(cp);
    });
    return out.toString();
  }

  /** Cells the text fills: a half-width space is half a cell, everything else one. */
  static double cells(String text) {
    double cells = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      cells += cp == ' ' ? 0.5 : 1;
      i += Character.charCount(cp);
    }
    return cells;
  }

  /** Breaks text into columns of at most {@code cellsPerColumn} cells, keeping 、。 and closing marks off a column's top. */
  static List<String> columns(String text, int cellsPerColumn) {
    List<String> columns = new ArrayList<>();
    StringBuilder column = new StringBuilder();
    double used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      double cell = cp == ' ' ? 0.5 : 1;
      boolean mustStayAbove = SMALL_MARKS.indexOf(cp) >= 0 || "）」』】〕".indexOf(cp) >= 0;
      if (used + cell > cellsPerColumn && column.length() > 0 && !mustStayAbove) {
        columns.add(column.toString().strip());
        column.setLength(0);
        used = 0;
        if (cp == ' ') continue;
      }
      column.appendCodePoint(cp);
      used += cell;
    }
    if (!column.toString().isBlank()) columns.add(column.toString().strip());
    return columns;
  }

  /**
   * Draws one column whose centre line is at {@code centreX} mm, the first cell's top at {@code top} mm.
   *
   * @return the y in mm just below the last cell
   */
  static double draw(MailCanvas canvas, String text, double centreX, double top, float size) throws IOException {
    String printable = canvas.font.printable(verticalForms(text));
    double em = MailCanvas.mm(size);
    double y = top;
    for (int i = 0; i < printable.length(); ) {
      int cp = printable.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        y += em / 2;
        continue;
      }
      String glyph = new String(Character.toChars(cp));
      double w = canvas.width(glyph, size);
      if (TURNED.indexOf(cp) >= 0) {
        canvas.turnedGlyph(glyph, centreX - (ASCENT + DESCENT) / 2 * em, y + em / 2 - w / 2, size);
      } else if (SMALL_MARKS.indexOf(cp) >= 0) {
        canvas.text(glyph, centreX - w / 2 + em * 0.6, y + ASCENT * em - em * 0.6, size);
      } else {
        canvas.text(glyph, centreX - w / 2, y + ASCENT * em, size);
      }
      y += em;
    }
    return y;
  }
}
