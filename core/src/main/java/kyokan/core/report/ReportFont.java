package kyokan.core.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's one font, IPAex Gothic (IPA Font License v1.0, file beside it), embedded in each document as a
 * subset of the glyphs used. Widths come from the font's own metrics; characters it lacks are replaced by
 * their nearest equivalent, or "?", instead of failing the whole report. Printed mail
 * ({@code kyokan.core.outreach.print}) draws with the same font.
 */
public final class ReportFont {
  private static final String RESOURCE = "/kyokan/core/report/fonts/ipaexg.ttf";
  private static final byte[] FILE = read();
  private static final Map<Integer, String> SUBSTITUTES = Map.of(0x2212, "-", 0x2013, "-", 0x2014, "―", 0x00A0, " ",
      0x2009, " ", 0x202F, " ");

  private final PDType0Font font;
  private final Map<Integer, Float> widths = new HashMap<>();

  public ReportFont(PDDocument doc) {
    try {
      this.font = PDType0Font.load(doc, new ByteArrayInputStream(FILE), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the report font", e);
    }
  }

  public PDType0Font pdf() {
    return font;
  }

  /** The text with every character the font cannot draw replaced; tabs and control characters become spaces. */
  public String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == '\n') {
        out.append('\n');
      } else if (Character.isISOControl(cp)) {
        out.append(' ');
      } else if (advance(cp) >= 0) {
        out.appendCodePoint(cp);
      } else {
        String s = SUBSTITUTES.get(cp);
        out.append(s != null && advance(s.codePointAt(0)) >= 0 ? s : "?");
      }
    });
    return out.toString();
  }

  /** Width in points of printable text at {@code size}. */
  public float width(String text, float size) {
    float units = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      units += Math.max(0, advance(cp));
      i += Character.charCount(cp);
    }
    return units * size / 1000f;
  }

  /** Advance in 1/1000 em, or −1 when the font has no glyph for the character. */
  private float advance(int cp) {
    Float w = widths.get(cp);
    if (w == null) {
      try {
        w = font.getStringWidth(new String(Character.toChars(cp)));
      } catch (IllegalArgumentException | IOException e) {
        w = -1f;
      }
      widths.put(cp, w);
    }
    return w;
  }

  private static byte[] read() {
    try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("report font missing from the class path: " + RESOURCE);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
