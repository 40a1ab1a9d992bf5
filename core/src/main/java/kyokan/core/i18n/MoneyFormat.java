package kyokan.core.i18n;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Amounts stored in a currency's minor unit, shown as a shop owner writes them: ¥1,234 or £1,234.56.
 * Written digit by digit rather than through {@link java.text.NumberFormat}, which would have to be made
 * anew for each call (it is not thread-safe): that took a tenth of the server's time under the dashboard
 * load script.
 */
public final class MoneyFormat {
  private static final Map<String, String> SYMBOLS = new ConcurrentHashMap<>();

  private MoneyFormat() {}

  public static String format(long minorUnits, String currencyCode) {
    int digits = Math.max(0, Currency.getInstance(currencyCode).getDefaultFractionDigits());
    String symbol = SYMBOLS.computeIfAbsent(currencyCode,
        code -> "JPY".equals(code) ? "¥" : Currency.getInstance(code).getSymbol(Locale.UK));
    String magnitude = magnitude(minorUnits);
    if (magnitude.length() <= digits) magnitude = "0".repeat(digits + 1 - magnitude.length()) + magnitude;
    int whole = magnitude.length() - digits;
    StringBuilder text = new StringBuilder(magnitude.length() + 8);
    if (minorUnits < 0) text.append('-');
    text.append(symbol);
    group(magnitude, whole, text);
    if (digits > 0) text.append('.').append(magnitude, whole, magnitude.length());
    return text.toString();
  }

  /** A whole number with thousands separators: "-1,234,567". */
  public static String grouped(long n) {
    String magnitude = magnitude(n);
    StringBuilder text = new StringBuilder(magnitude.length() + 8);
    if (n < 0) text.append('-');
    group(magnitude, magnitude.length(), text);
    return text.toString();
  }

  /** A share as a percentage with one decimal ("42.5%"), or "–" when there is nothing to divide. */
  public static String percent(Double share) {
    return share == null ? "–" : String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  // The digits without the sign (Math.abs would overflow at Long.MIN_VALUE).
  private static String magnitude(long n) {
    String digits = Long.toString(n);
    return n < 0 ? digits.substring(1) : digits;
  }

  private static void group(String digits, int length, StringBuilder text) {
    for (int i = 0; i < length; i++) {
      if (i > 0 && (length - i) % 3 == 0) text.append(',');
      text.append(digits.charAt(i));
    }
  }
}
