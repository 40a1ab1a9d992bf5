package kyokan.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * A4 pages filled from the top: the cursor {@link #y} moves down as blocks are drawn, and a new page starts
 * when the next piece does not fit above the bottom margin. Also the drawing primitives every block uses.
 */
final class PageFlow {
  static final PDRectangle A4 = PDRectangle.A4;
  static final float LEFT = 54;
  static final float RIGHT = A4.getWidth() - 54;
  static final float TOP = A4.getHeight() - 56;
  static final float BOTTOM = 64;
  static final float WIDTH = RIGHT - LEFT;
  static final int INK = 0x222222;
  static final int MUTED = 0x5f6670;

  final PDDocument doc;
  final ReportFont font;
  final List<PDPage> pages = new ArrayList<>();
  private PDPageContentStream cs;
  float y;

  PageFlow(PDDocument doc, ReportFont font) {
    this.doc = doc;
    this.font = font;
  }

  void newPage() {
    close();
    PDPage page = new PDPage(A4);
    doc.addPage(page);
    pages.add(page);
    try {
      cs = new PDPageContentStream(doc, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y = TOP;
  }

  boolean isPageEmpty() {
    return y == TOP;
  }

  /** Starts a new page unless {@code height} points still fit on this one. */
  void ensure(float height) {
    if (cs == null || (y - height < BOTTOM && !isPageEmpty())) newPage();
  }

  float room() {
    return y - BOTTOM;
  }

  PDPageContentStream cs() {
    return cs;
  }

  void close() {
    if (cs == null) return;
    try {
      cs.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    cs = null;
  }

  /** Draws one line of printable text with its baseline at (x, baseline). */
  static void text(PDPageContentStream cs, ReportFont font, String text, float x, float baseline, float size, int rgb,
      boolean bold) throws IOException {
    text(cs, font, text, x, baseline, size, rgb, bold, 0);
  }

  /** @param angle counter-clockwise, in radians, around (x, baseline) */
  static void text(PDPageContentStream cs, ReportFont font, String text, float x, float baseline, float size, int rgb,
      boolean bold, double angle) throws IOException {
    if (text.isEmpty()) return;
    cs.beginText();
    cs.setFont(font.pdf(), size);
    fill(cs, rgb);
    if (bold) {
      // IPAex Gothic has no bold face: a thin outline in the same colour thickens the strokes.
      cs.setRenderingMode(RenderingMode.FILL_STROKE);
      stroke(cs, rgb);
      cs.setLineWidth(size * 0.035f);
    }
    if (angle == 0) {
      cs.newLineAtOffset(x, baseline);
    } else {
      float cos = (float) Math.cos(angle);
      float sin = (float) Math.sin(angle);
      cs.setTextMatrix(new Matrix(cos, sin, -sin, cos, x, baseline));
    }
    cs.showText(text);
    if (bold) cs.setRenderingMode(RenderingMode.FILL);
    cs.endText();
  }

  static void fill(PDPageContentStream cs, int rgb) throws IOException {
    cs.setNonStrokingColor(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
  }

  static void stroke(PDPageContentStream cs, int rgb) throws IOException {
    cs.setStrokingColor(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
  }

  static void rect(PDPageContentStream cs, float x, float y, float w, float h, int rgb) throws IOException {
    fill(cs, rgb);
    cs.addRect(x, y, w, h);
    cs.fill();
  }

  static void rule(PDPageContentStream cs, float x1, float y1, float x2, float y2, float width, int rgb) throws IOException {
    stroke(cs, rgb);
    cs.setLineWidth(width);
    cs.setLineDashPattern(new float[0], 0);
    cs.moveTo(x1, y1);
    cs.lineTo(x2, y2);
    cs.stroke();
  }
}
