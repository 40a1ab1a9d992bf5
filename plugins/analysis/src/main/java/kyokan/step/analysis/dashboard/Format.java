package kyokan.step.analysis.dashboard;

import java.util.Locale;
import java.util.OptionalDouble;
import kyokan.core.analytics.Ratio;
import kyokan.core.i18n.MoneyFormat;

/** How the analysis pages write figures: one place, so the dashboard, drill-downs and exports agree. */
public record Format(String currency) {
  public static final String NONE = "–";

  public String money(long minorUnits) {
    return MoneyFormat.format(minorUnits, currency);
  }

  /** A share with one decimal ("42.5%"), "–" when undefined. */
  public String percent(Ratio ratio) {
    OptionalDouble v = ratio.value();
    return v.isPresent() ? MoneyFormat.percent(v.getAsDouble()) : NONE;
  }

  public String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** One decimal ("12.5"), "–" when empty. */
  public String decimal(OptionalDouble d) {
    return d.isPresent() ? String.format(Locale.ROOT, "%.1f", d.getAsDouble()) : NONE;
  }

  /** An amount as a plain number in the currency's major unit for spreadsheets ("1234" or "12.34"). */
  public String plainAmount(long minorUnits, int minorDigits) {
    return java.math.BigDecimal.valueOf(minorUnits, minorDigits).toPlainString();
  }
}
