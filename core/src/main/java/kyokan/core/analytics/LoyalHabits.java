package kyokan.core.analytics;

import java.util.OptionalDouble;

/**
 * Q7: how often the active 優良 customers buy. The median of the gaps in days between each such
 * customer's consecutive distinct purchase dates (all history up to the as-of date, every customer's gaps
 * pooled; with an even number of gaps, the mean of the middle two), and the mean number of purchases per
 * such customer in the 365-day window.
 *
 * @param gaps how many gaps were pooled
 * @param medianGapDays empty when there are no gaps
 * @param windowPurchases the customers' purchases in the window, summed
 */
public record LoyalHabits(AnalysisBasis basis, int customers, int gaps, OptionalDouble medianGapDays,
    long windowPurchases) {

  static LoyalHabits of(CustomerSnapshot s, CustomerList activeLoyal, AnalysisBasis basis) {
    IntList gaps = new IntList(256);
    long inWindow = 0;
    for (int i = 0; i < activeLoyal.size(); i++) {
      int c = activeLoyal.indexAt(i);
      inWindow += s.windowPurchases[c];
      for (int k = s.purchaseStart[c] + 1; k < s.purchaseStart[c + 1]; k++) {
        // Two orders on one day are one visit here: the gap is between distinct dates.
        int gap = s.purchaseDays[k] - s.purchaseDays[k - 1];
        if (gap > 0) gaps.add(gap);
      }
    }
    int n = gaps.size();
    OptionalDouble median = n == 0 ? OptionalDouble.empty() : OptionalDouble.of(median(gaps.toArray()));
    return new LoyalHabits(basis, activeLoyal.size(), n, median, inWindow);
  }

  // Gaps are whole days within the ledger's span: counted into a histogram, no sort needed.
  private static double median(int[] gaps) {
    int max = 0;
    for (int gap : gaps) max = Math.max(max, gap);
    int[] counts = new int[max + 1];
    for (int gap : gaps) counts[gap]++;
    int n = gaps.length;
    int lower = -1;
    int seen = 0;
    for (int gap = 0; gap <= max; gap++) {
      seen += counts[gap];
      // The middle element (odd n), or the lower and upper of the middle two (even n).
      if (lower < 0 && seen > (n - 1) / 2) lower = gap;
      if (seen > n / 2) return (lower + (double) gap) / 2;
    }
    throw new IllegalStateException("no median of " + n + " gaps");
  }

  /** Purchases per active 優良 customer in the window (a year); empty when there are none. */
  public OptionalDouble purchasesPerCustomerInWindow() {
    return customers == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) windowPurchases / customers);
  }
}
