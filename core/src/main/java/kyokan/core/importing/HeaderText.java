package kyokan.core.importing;

import java.text.Normalizer;
import java.util.Locale;

/** Compares column headers loosely: width, case, spaces and punctuation do not matter. */
final class HeaderText {
  private HeaderText() {}

  /** "Customer ID", "customer_id" and "ＣＵＳＴＯＭＥＲ　ＩＤ" all become "customerid". */
  static String normalize(String header) {
    if (header == null) return "";
    String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return s.replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}\\uFEFF・]", "");
  }
}
