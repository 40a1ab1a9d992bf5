package kyokan.core.chart;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Turns an axis value into its label ("85.3万円", "1,234", "25%"). The defaults write numbers the Japanese
 * way, independent of the JVM's locale; a caller may pass any other function.
 */
@FunctionalInterface
public interface ValueFormat {

  String format(double value);

  /** Yen amounts in 万, 億 and 兆 with three significant digits: "5,000円", "85.3万円", "1.2億円". */
  static ValueFormat yen() {
    return value -> Double.isFinite(value) ? compactText(value) + "円" : "–";
  }

  /** Amounts in 万, 億 and 兆 without a unit: "85.3万". */
  static ValueFormat compact() {
    return value -> Double.isFinite(value) ? compactText(value) : "–";
  }

  /** Counts as plain grouped numbers: "1,234"; fractions keep at most two decimals. */
  static ValueFormat count() {
    return value -> Double.isFinite(value)
        ? grouped(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP)) : "–";
  }

  /** Shares 0..1 as percentages with at most one decimal: 0.125 → "12.5%". */
  static ValueFormat percent() {
    return value -> Double.isFinite(value)
        ? grouped(BigDecimal.valueOf(value).movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "%" : "–";
  }

  private static String compactText(double value) {
    BigDecimal size = BigDecimal.valueOf(Math.abs(value));
    String[] units = {"", "万", "億", "兆"};
    int unit = 0;
    while (unit < units.length - 1 && size.compareTo(BigDecimal.TEN.pow(4 * (unit + 1))) >= 0) unit++;
    BigDecimal scaled = roundedForUnit(size.movePointLeft(4 * unit), unit);
    // Rounding can carry into the next unit: 9,999.6 is "1万", not "10,000".
    if (unit < units.length - 1 && scaled.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
      unit++;
      scaled = roundedForUnit(size.movePointLeft(4 * unit), unit);
    }
    String sign = value < 0 && scaled.signum() != 0 ? "-" : "";
    return sign + grouped(scaled) + units[unit];
  }

  private static BigDecimal roundedForUnit(BigDecimal scaled, int unit) {
    if (unit == 0) return scaled.setScale(scaled.compareTo(BigDecimal.ONE) >= 0 ? 0 : 2, RoundingMode.HALF_UP);
    if (scaled.compareTo(BigDecimal.valueOf(1000)) >= 0) return scaled.setScale(0, RoundingMode.HALF_UP);
    return scaled.round(new MathContext(3, RoundingMode.HALF_UP));
  }

  /** Plain digits with "," between thousands and no trailing zeros after the point. */
  private static String grouped(BigDecimal number) {
    BigDecimal plain = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    if (plain.scale() < 0) plain = plain.setScale(0);
    String text = plain.abs().toPlainString();
    int point = text.indexOf('.');
    String whole = point < 0 ? text : text.substring(0, point);
    String fraction = point < 0 ? "" : text.substring(point);
    String withCommas = String.format(Locale.ROOT, "%,d", new BigInteger(whole));
    return (plain.signum() < 0 ? "-" : "") + withCommas + fraction;
  }
}
