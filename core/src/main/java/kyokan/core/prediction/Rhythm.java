package kyokan.core.prediction;

import java.util.Arrays;
import java.util.OptionalDouble;
import kyokan.core.analytics.CustomerPurchases;

/**
 * A customer's rhythm (METHOD.md, step 6): the median of the gaps in days between their consecutive
 * orders, orders as in "Data terms" and counted only when they are purchases (net amount above zero);
 * undefined with one order. Two separate orders on one day are consecutive orders with a gap of 0: the
 * step-6 rule speaks of consecutive orders, where Q7 deliberately says "distinct purchase dates", and an
 * order on the same day exists only when the shop gave it its own order number, i.e. a second visit.
 */
public final class Rhythm {
  private Rhythm() {}

  /** The median gap of customer {@code c} (a ledger index); with an even number of gaps, the mean of the middle two. */
  public static OptionalDouble medianGapDays(CustomerPurchases purchases, int c) {
    int n = purchases.count(c) - 1;
    if (n < 1) return OptionalDouble.empty();
    int[] gaps = new int[n];
    for (int k = 0; k < n; k++) gaps[k] = purchases.epochDay(c, k + 1) - purchases.epochDay(c, k);
    Arrays.sort(gaps);
    return OptionalDouble.of((gaps[(n - 1) / 2] + (double) gaps[n / 2]) / 2);
  }
}
