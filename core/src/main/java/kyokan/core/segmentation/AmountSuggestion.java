package kyokan.core.segmentation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.OrderValue;

/**
 * The suggested amount limit: about {@value #FACTOR} × the average order of the 365 days up to the as-of
 * date ({@link OrderValue#windowAverage()}), rounded to a figure a shop owner would say: two significant
 * digits, half up (¥16,380 → ¥16,000; ¥163,800 → ¥160,000; $163.66 → $160.00; €7.35 → €7.40). Significant
 * digits do not depend on the unit, so the rule is the same for yen and for currencies with cents, and
 * a figure of 10 currency units or more always comes out in whole units. With fewer than
 * {@value #MIN_PURCHASES} purchases in the window, METHOD.md's default instead.
 * All amounts in the currency's minor unit. The sentence: "about 7 × your average order of ¥2,340 → ¥16,000".
 *
 * @param windowPurchases purchases in the window the average is taken over
 * @param averageOrder their average net amount, rounded half up to the minor unit (0 without purchases)
 * @param exactLimit {@value #FACTOR} × the unrounded average, rounded half up to the minor unit
 * @param limit the suggestion
 * @param customerAmounts every customer's cumulative amount: twenty buckets of a tenth of the limit, and the rest
 */
public record AmountSuggestion(SuggestionBasis basis, long windowPurchases, long averageOrder, int factor,
    long exactLimit, long limit, Histogram customerAmounts) {
  public static final int FACTOR = 7;
  public static final int MIN_PURCHASES = 10;
  static final int BUCKETS = 20;

  static AmountSuggestion of(OrderValue value, long[] customerAmounts) {
    long purchases = value.windowPurchases();
    long net = value.windowPurchaseNet();
    long average = purchases == 0 ? 0 : divideHalfUp(net, purchases);
    long exact = purchases == 0 ? 0 : divideHalfUp(FACTOR * net, purchases);
    boolean enough = purchases >= MIN_PURCHASES && exact > 0;
    long limit = enough ? nice(exact) : CpmThresholds.DEFAULTS.amountLimit();
    Histogram.Counter counter = new Histogram.Counter(0, Math.max(1, limit / 10), BUCKETS);
    for (long amount : customerAmounts) counter.add(amount, 1);
    return new AmountSuggestion(enough ? SuggestionBasis.DATA : SuggestionBasis.DEFAULT, purchases, average, FACTOR,
        exact, limit, counter.histogram());
  }

  /** Two significant digits, half up, at least 1. */
  static long nice(long amount) {
    if (amount < 1) return 1;
    return Math.max(1, new BigDecimal(amount).round(new MathContext(2, RoundingMode.HALF_UP)).longValueExact());
  }

  private static long divideHalfUp(long a, long b) {
    return new BigDecimal(a).divide(new BigDecimal(b), 0, RoundingMode.HALF_UP).longValueExact();
  }
}
