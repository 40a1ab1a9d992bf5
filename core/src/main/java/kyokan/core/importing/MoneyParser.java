package kyokan.core.importing;

import static java.util.regex.Pattern.CASE_INSENSITIVE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads money as shops' files write it: 1234, 1,234, ¥1,234, ￥１，２３４, 1234円, -1,234, ▲1,234, (1,234),
 * £3.75, $12.50. Amounts become integers in the currency's minor unit, rounded half-up.
 */
public final class MoneyParser {
  private static final Pattern MONEY = Pattern.compile(
      "(?<sign1>[-+−▲△])?(?:[¥$£€\\\\]|jpy|usd|gbp|eur)?(?<sign2>[-+−▲△])?"
          + "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d*)?|\\.\\d+)(?:円|jpy|usd|gbp|eur)?", CASE_INSENSITIVE);
  private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

  private MoneyParser() {}

  /**
   * Reads an amount into minor units: with 0 digits "¥1,234" is 1234; with 2 digits "£3.75" is 375.
   *
   * @throws InvalidValueException AMOUNT_INVALID
   */
  public static long parseMinorUnits(String text, int minorDigits) {
    return toMinorUnits(parse(text, minorDigits, ProblemKind.AMOUNT_INVALID), minorDigits, ProblemKind.AMOUNT_INVALID);
  }

  /**
   * Reads an amount exactly, in major units (pounds, yen). A currency without minor units refuses a
   * fraction such as 1234.56, while 1,234.0 is fine.
   *
   * @throws InvalidValueException AMOUNT_INVALID
   */
  public static BigDecimal parse(String text, int minorDigits) {
    return parse(text, minorDigits, ProblemKind.AMOUNT_INVALID);
  }

  static BigDecimal parse(String text, int minorDigits, ProblemKind kind) {
    String s = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
    boolean negative = false;
    if (s.length() > 2 && s.startsWith("(") && s.endsWith(")")) {
      negative = true;
      s = s.substring(1, s.length() - 1);
    }
    Matcher m = MONEY.matcher(s);
    if (!m.matches() || (m.group("sign1") != null && m.group("sign2") != null)) throw new InvalidValueException(kind);
    String sign = m.group("sign1") != null ? m.group("sign1") : m.group("sign2");
    if (sign != null && !sign.equals("+")) {
      if (negative) throw new InvalidValueException(kind);
      negative = true;
    }
    BigDecimal value = new BigDecimal(m.group("number").replace(",", ""));
    if (minorDigits == 0 && value.stripTrailingZeros().scale() > 0) {
      throw new InvalidValueException(kind, "この通貨では小数の金額は使えません。");
    }
    return negative ? value.negate() : value;
  }

  /**
   * Rounds an amount in major units half-up to the minor unit (away from zero for negatives, so a return
   * mirrors its sale).
   *
   * @throws InvalidValueException AMOUNT_INVALID when the amount is beyond a quadrillion minor units
   */
  public static long toMinorUnits(BigDecimal amount, int minorDigits) {
    return toMinorUnits(amount, minorDigits, ProblemKind.AMOUNT_INVALID);
  }

  static long toMinorUnits(BigDecimal amount, int minorDigits, ProblemKind kind) {
    BigDecimal minor = amount.movePointRight(minorDigits).setScale(0, RoundingMode.HALF_UP);
    if (minor.abs().compareTo(LIMIT) >= 0) throw new InvalidValueException(kind, "金額が大きすぎます。");
    return minor.longValueExact();
  }
}
