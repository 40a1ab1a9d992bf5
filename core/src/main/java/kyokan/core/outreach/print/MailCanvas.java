package kyokan.core.outreach.print;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import kyokan.core.report.ReportFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * One PDF of printed mail, measured in millimetres from the page's top-left corner (as a ruler on paper is read);
 * converts to PDF points, whose origin is the bottom-left.
 */
final class MailCanvas implements Closeable {
  static final float POINTS_PER_MM = 72f / 25.4f;
  static final int INK = 0x1a1a1a;
  static final int POSTAL_RED = 0xe0322a;

  final ReportFont font;
  private final PDDocument doc = new PDDocument();
  private PDPageContentStream cs;
  private float pageHeight;

  MailCanvas() {
    this.font = new ReportFont(doc);
  }

  static float pt(double mm) {
    return (float) (mm * POINTS_PER_MM);
  }

  static double mm(double points) {
    return points / POINTS_PER_MM;
  }

  void newPage(double widthMm, double heightMm) throws IOException {
    closePage();
    PDPage page = new PDPage(new PDRectangle(pt(widthMm), pt(heightMm)));
    doc.addPage(page);
    pageHeight = page.getMediaBox().getHeight();
    cs = new PDPageContentStream(doc, page);
    cs.setNonStrokingColor(rgb(INK, 16), rgb(INK, 8), rgb(INK, 0));
  }

  /** Text whose baseline starts at (x, baseline) mm; the text must already be printable. */
  void text(String text, double x, double baseline, float size) throws IOException {
    if (text.isEmpty()) return;
    cs.beginText();
    cs.setFont(font.pdf(), size);
    cs.newLineAtOffset(pt(x), pageHeight - pt(baseline));
    cs.showText(text);
    cs.endText();
  }

  /** One glyph turned 90° clockwise, its advance running down the page from (x, y) mm, its top facing right. */
  void turnedGlyph(String glyph, double x, double y, float size) throws IOException {
    cs.beginText();
    cs.setFont(font.pdf(), size);
    cs.setTextMatrix(Matrix.getRotateInstance(-Math.PI / 2, pt(x), pageHeight - pt(y)));
    cs.showText(glyph);
    cs.endText();
  }

  /** Width in mm of printable text. */
  double width(String text, float size) {
    return mm(font.width(text, size));
  }

  void strokeRect(double x, double y, double w, double h, double lineMm, int rgb) throws IOException {
    cs.setStrokingColor(rgb(rgb, 16), rgb(rgb, 8), rgb(rgb, 0));
    cs.setLineWidth(pt(lineMm));
    cs.addRect(pt(x), pageHeight - pt(y + h), pt(w), pt(h));
    cs.stroke();
  }

  void fillRect(double x, double y, double w, double h) throws IOException {
    cs.addRect(pt(x), pageHeight - pt(y + h), pt(w), pt(h));
    cs.fill();
  }

  void line(double x1, double y1, double x2, double y2, double lineMm, int rgb) throws IOException {
    cs.setStrokingColor(rgb(rgb, 16), rgb(rgb, 8), rgb(rgb, 0));
    cs.setLineWidth(pt(lineMm));
    cs.moveTo(pt(x1), pageHeight - pt(y1));
    cs.lineTo(pt(x2), pageHeight - pt(y2));
    cs.stroke();
  }

  byte[] toBytes() {
    try {
      closePage();
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the mail PDF", e);
    }
  }

  private void closePage() throws IOException {
    if (cs != null) cs.close();
    cs = null;
  }

  @Override
  public void close() {
    try {
      closePage();
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float rgb(int rgb, int shift) {
    return ((rgb >> shift) & 0xff) / 255f;
  }
}
