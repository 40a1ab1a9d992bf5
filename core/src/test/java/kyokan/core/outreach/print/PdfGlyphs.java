package kyokan.core.outreach.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Every glyph PDFBox's text stripper finds in a PDF, with its page and its box in mm from the page's top-left. */
record PdfGlyphs(List<Glyph> glyphs, int pages, List<float[]> pageSizesPt) {
  private static final double MM = 25.4 / 72;

  /** One glyph; {@code upright} is false for a glyph turned on the page. */
  record Glyph(int page, String text, double left, double baseline, double width, double size, boolean upright) {
    double right() {
      return left + width;
    }

    double centreX() {
      return left + width / 2;
    }

    /** The top of the glyph's em box (ascent 0.88 em above the baseline). */
    double top() {
      return baseline - 0.88 * size;
    }
  }

  static PdfGlyphs read(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<Glyph> glyphs = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition t) {
          glyphs.add(new Glyph(getCurrentPageNo(), t.getUnicode(), t.getXDirAdj() * MM, t.getYDirAdj() * MM,
              t.getWidthDirAdj() * MM, t.getFontSizeInPt() * MM, t.getDir() == 0));
        }
      };
      stripper.getText(doc);
      List<float[]> sizes = new ArrayList<>();
      doc.getPages().forEach(p -> sizes.add(new float[] {p.getMediaBox().getWidth(), p.getMediaBox().getHeight()}));
      return new PdfGlyphs(glyphs, doc.getNumberOfPages(), sizes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Glyph> on(int page) {
    return glyphs.stream().filter(g -> g.page() == page).toList();
  }

  List<Glyph> on(int page, Predicate<Glyph> where) {
    return glyphs.stream().filter(g -> g.page() == page && where.test(g)).toList();
  }

  static String text(List<Glyph> glyphs) {
    return glyphs.stream().map(Glyph::text).collect(Collectors.joining());
  }
}
