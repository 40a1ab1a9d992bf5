package kyokan.core.segmentation;

import java.util.Currency;
import kyokan.core.analytics.AnalysisBasis;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.ThresholdEvidence;

/**
 * The thresholds the workbench proposes from a shop's own data as of a date, each with the numbers of
 * its reason (so a page can say it in the user's language) and the distribution behind it for a small
 * chart: the lapse cut-off from the gaps between repeat purchases ({@link LapseSuggestion}), the tenure
 * limits in METHOD.md's proportions to it ({@link TenureSuggestion}), the amount limit from the average
 * order ({@link AmountSuggestion}), and a count limit for the order-count axis ({@link CountSuggestion}).
 *
 * @param basis the as-of date, the window, and the thresholds in force then (what the suggestion would replace)
 * @param currency the client's currency (ISO 4217); amounts are in its minor unit
 */
public record ThresholdSuggestion(AnalysisBasis basis, String currency, LapseSuggestion lapse, TenureSuggestion tenure,
    AmountSuggestion amount, CountSuggestion count) {

  public static ThresholdSuggestion of(ThresholdEvidence evidence, String currency) {
    LapseSuggestion lapse = LapseSuggestion.of(evidence.gapCounts(), evidence.repeatGaps());
    return new ThresholdSuggestion(evidence.basis(), currency, lapse, TenureSuggestion.of(lapse.days()),
        AmountSuggestion.of(evidence.orderValue(), evidence.customerAmounts()),
        CountSuggestion.of(evidence.customerPurchases()));
  }

  /** Digits after the decimal point in {@link #currency()} (0 for yen, 2 for dollars, euros and pounds). */
  public int minorDigits() {
    return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
  }

  /** The suggestion on the amount axis (METHOD.md's rule). */
  public CpmThresholds thresholds() {
    return CpmThresholds.byAmount(lapse.days(), tenure.shortDays(), tenure.longDays(), amount.limit());
  }

  /** The suggestion with "big" measured by the number of purchases. */
  public CpmThresholds byOrderCount() {
    return CpmThresholds.byOrderCount(lapse.days(), tenure.shortDays(), tenure.longDays(), count.limit());
  }
}
