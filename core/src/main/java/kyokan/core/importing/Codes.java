package kyokan.core.importing;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Normalises identifiers (customer, product, order): full-width to half-width, and spreadsheet floats to integers. */
final class Codes {
  // A code column opened in a spreadsheet and saved again comes back as "13085.0".
  private static final Pattern WHOLE_FLOAT = Pattern.compile("(\\d+)\\.0+");

  private Codes() {}

  /** The code, or null when blank. */
  static String normalize(String text) {
    if (text == null) return null;
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    if (s.isEmpty()) return null;
    var m = WHOLE_FLOAT.matcher(s);
    return m.matches() ? m.group(1) : s;
  }
}
