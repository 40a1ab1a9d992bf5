package kyokan.core.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts stored in a currency's minor unit, shown as a shop owner writes them: ¥1,234 or £1,234.56. */
public final class MoneyFormat {
  private MoneyFormat() {}

  public static String format(long minorUnits, String currencyCode) {
    Currency currency = Currency.getInstance(currencyCode);
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    NumberFormat number = NumberFormat.getNumberInstance(Locale.US);
    number.setMinimumFractionDigits(digits);
    number.setMaximumFractionDigits(digits);
    String symbol = "JPY".equals(currencyCode) ? "¥" : currency.getSymbol(Locale.UK);
    String text = number.format(BigDecimal.valueOf(Math.abs(minorUnits), digits));
    return (minorUnits < 0 ? "-" : "") + symbol + text;
  }

  /** A share as a percentage with one decimal ("42.5%"), or "–" when there is nothing to divide. */
  public static String percent(Double share) {
    return share == null ? "–" : String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
