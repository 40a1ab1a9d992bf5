package kyokan.step.segmentation.common;

import java.math.BigDecimal;
import java.util.Locale;
import kyokan.core.analytics.Ratio;
import kyokan.core.i18n.MoneyFormat;

/** How step 3's pages write figures: one place, so the pages and the exports agree. */
public record Format(String currency, int minorDigits) {
  public static final String NONE = "–";

  public String money(long minorUnits) {
    return MoneyFormat.format(minorUnits, currency);
  }

  /** A share with one decimal ("42.5%"), "–" when undefined. */
  public String percent(Ratio ratio) {
    return ratio.value().isPresent() ? MoneyFormat.percent(ratio.value().getAsDouble()) : NONE;
  }

  public String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** An amount as a plain number in the currency's major unit, for forms and spreadsheets ("16000" or "12.34"). */
  public String plainAmount(long minorUnits) {
    return BigDecimal.valueOf(minorUnits, minorDigits).toPlainString();
  }
}
