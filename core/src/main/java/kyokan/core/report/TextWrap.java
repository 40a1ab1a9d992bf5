package kyokan.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines that fit a width, the Japanese way: anywhere between CJK characters, at spaces
 * between Latin words, never putting a closing mark (。、」) at a line's start or an opening one (「) at its end.
 * A word too long for a line is broken where it must be.
 */
public final class TextWrap {
  private static final String NO_START = "、。,.，．・:;：；?!？！)]}）」』】〕〉》ー～…‥%％々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
  private static final String NO_END = "([{（「『【〔〈《";

  private TextWrap() {}

  public static List<String> lines(String text, double maxWidth, ToDoubleFunction<String> width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) wrap(paragraph, maxWidth, width, lines);
    return lines;
  }

  private static void wrap(String paragraph, double max, ToDoubleFunction<String> width, List<String> lines) {
    StringBuilder line = new StringBuilder();
    for (String token : tokens(paragraph)) {
      boolean space = token.isBlank();
      if (space && line.length() == 0) continue;
      if (width.applyAsDouble(line + token) <= max) {
        line.append(token);
        continue;
      }
      if (space) {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
      }
      // A token longer than the whole line: break it by characters.
      for (int i = 0; i < token.length(); ) {
        int cp = token.codePointAt(i);
        String c = new String(Character.toChars(cp));
        if (line.length() > 0 && width.applyAsDouble(line + c) > max) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(c);
        i += Character.charCount(cp);
      }
    }
    lines.add(line.toString().stripTrailing());
  }

  /** Units that stay together: one CJK character (with the marks that may not be separated from it), a Latin word, a space. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean latin = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      String c = new String(Character.toChars(cp));
      boolean glueToPrevious = NO_START.contains(c) && current.length() > 0;
      boolean previousOpens = current.length() > 0 && NO_END.indexOf(current.charAt(current.length() - 1)) >= 0;
      if (Character.isWhitespace(cp)) {
        flush(tokens, current);
        tokens.add(" ");
        latin = false;
      } else if (glueToPrevious || previousOpens) {
        current.append(c);
        if (previousOpens) latin = !isCjk(cp);
      } else if (isCjk(cp)) {
        flush(tokens, current);
        current.append(c);
        latin = false;
      } else {
        if (!latin) flush(tokens, current);
        current.append(c);
        latin = true;
      }
    }
    flush(tokens, current);
    return tokens;
  }

  private static void flush(List<String> tokens, StringBuilder current) {
    if (current.length() > 0) tokens.add(current.toString());
    current.setLength(0);
  }

  static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)
        || (cp >= 0x30A0 && cp <= 0x30FF);
  }
}
