package kyokan.core.i18n;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;
import kyokan.core.analytics.Ratio;
import kyokan.core.client.Client;

/**
 * How the analysis pages, their exports and the printed report write a client's figures: one place, so
 * they all agree.
 *
 * @param minorDigits the currency's digits after the point (0 for yen)
 */
public record FigureFormat(String currency, int minorDigits) {
  public static final String NONE = "–";

  public static FigureFormat of(Client client) {
    return new FigureFormat(client.getCurrency(), client.getMinorDigits());
  }

  public String money(long minorUnits) {
    return MoneyFormat.format(minorUnits, currency);
  }

  /** A share with one decimal ("42.5%"), "–" when undefined. */
  public String percent(Ratio ratio) {
    OptionalDouble v = ratio.value();
    return v.isPresent() ? MoneyFormat.percent(v.getAsDouble()) : NONE;
  }

  public String count(long n) {
    return MoneyFormat.grouped(n);
  }

  /** One decimal ("12.5"), "–" when empty. */
  public String decimal(OptionalDouble d) {
    return d.isPresent() ? String.format(Locale.ROOT, "%.1f", d.getAsDouble()) : NONE;
  }

  /** An amount as a plain number in the currency's major unit, for forms and spreadsheets ("16000" or "12.34"). */
  public String plainAmount(long minorUnits) {
    return BigDecimal.valueOf(minorUnits, minorDigits).toPlainString();
  }
}
