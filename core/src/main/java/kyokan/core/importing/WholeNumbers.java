package kyokan.core.importing;

import java.math.BigDecimal;
import java.text.Normalizer;

/** Reads quantities and line numbers: whole numbers, with "12.0" (as spreadsheets write them) accepted. */
public final class WholeNumbers {
  private static final long LIMIT = 1_000_000_000L;

  private WholeNumbers() {}

  /**
   * Reads a quantity such as 6, -12, １２, 1,200, ▲2 or 13.0.
   *
   * @throws InvalidValueException QUANTITY_INVALID
   */
  public static long parseQuantity(String text) {
    return parse(text, ProblemKind.QUANTITY_INVALID);
  }

  static long parse(String text, ProblemKind kind) {
    String s = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
    boolean negative = s.matches("[-−▲△].+") || s.matches("\\(.+\\)");
    if (negative) s = s.startsWith("(") ? s.substring(1, s.length() - 1) : s.substring(1);
    if (!s.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?")) throw new InvalidValueException(kind);
    BigDecimal value = new BigDecimal(s.replace(",", ""));
    if (value.stripTrailingZeros().scale() > 0) throw new InvalidValueException(kind, "整数で書いてください（小数は使えません）。");
    if (value.compareTo(BigDecimal.valueOf(LIMIT)) >= 0) throw new InvalidValueException(kind, "数が大きすぎます。");
    long whole = value.longValueExact();
    return negative ? -whole : whole;
  }
}
