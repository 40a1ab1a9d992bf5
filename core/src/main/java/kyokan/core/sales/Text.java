package kyokan.core.sales;

import java.text.Normalizer;
import java.util.Locale;

/** Small text rules shared by the ledger: blank means absent, and the normalised keys that find duplicates. */
final class Text {
  private Text() {}

  /** Stripped, or null when blank. */
  static String clean(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static boolean tooLong(String s, int max) {
    return s != null && s.strip().length() > max;
  }

  /** The digits of a phone number (full-width too); +81 becomes the domestic 0. Null without digits. */
  static String phoneKey(String phone) {
    if (phone == null) return null;
    String n = Normalizer.normalize(phone, Normalizer.Form.NFKC).strip();
    String digits = n.replaceAll("[^0-9]", "");
    if (n.startsWith("+81") && digits.length() > 2) digits = "0" + digits.substring(2);
    return digits.isEmpty() ? null : digits;
  }

  /** Only digits and the signs phone numbers are written with, at least three digits. */
  static boolean looksLikePhone(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    return n.matches("[0-9+()\\- ]+") && n.replaceAll("[^0-9]", "").length() >= 3;
  }

  /** NFKC with every space removed, so 山田　太郎 and 山田太郎 (or ﾔﾏﾀﾞ and ヤマダ) compare equal. */
  static String nameKey(String name) {
    if (name == null) return null;
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    return n.isEmpty() ? null : n;
  }

  static String emailKey(String email) {
    String e = clean(email);
    return e == null ? null : e.toLowerCase(Locale.ROOT);
  }

  /** A LIKE pattern matching {@code query} anywhere, with LIKE's wildcards escaped by a backslash. */
  static String containsPattern(String query) {
    String escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
