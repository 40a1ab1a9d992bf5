package kyokan.core.analytics;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * What the workbench's suggested CPM thresholds are computed from, as of a snapshot's date: the window's
 * average order value ({@link OrderValue}), the gaps between repeat purchases, and every customer's
 * cumulative amount and number of purchases. A repeat gap is the days between a customer's consecutive
 * distinct purchase dates (all history up to the as-of date, as in Q7): each return on a later day is one
 * gap, a second order on the same day none.
 */
public final class ThresholdEvidence {
  private final AnalysisBasis basis;
  private final OrderValue orderValue;
  private final int[] gapCounts;
  private final int repeatGaps;
  private final long[] amounts;
  private final int[] purchases;

  private ThresholdEvidence(AnalysisBasis basis, OrderValue orderValue, int[] gapCounts, int repeatGaps, long[] amounts,
      int[] purchases) {
    this.basis = basis;
    this.orderValue = orderValue;
    this.gapCounts = gapCounts;
    this.repeatGaps = repeatGaps;
    this.amounts = amounts;
    this.purchases = purchases;
  }

  /** The evidence in the snapshot; {@code inForce}: the thresholds its basis states (what a suggestion would replace). */
  public static ThresholdEvidence of(CustomerSnapshot s, CpmThresholds inForce) {
    AnalysisBasis basis = new AnalysisBasis(s.ledger.clientId(), s.ledger.version(), s.asOf(), s.periodStart(),
        s.windowStart(), inForce);
    int[] gapCounts = new int[Math.max(1, s.ledger.lastDay - s.ledger.firstDay + 1)];
    int gaps = 0;
    int maxGap = 0;
    long[] amounts = new long[s.customers];
    int[] purchases = new int[s.customers];
    int n = 0;
    for (int c = 0; c < s.purchases.length; c++) {
      if (s.purchases[c] == 0) continue;
      amounts[n] = s.amount[c];
      purchases[n++] = s.purchases[c];
      for (int i = s.purchaseStart[c] + 1; i < s.purchaseStart[c + 1]; i++) {
        int gap = s.purchaseDays[i] - s.purchaseDays[i - 1];
        if (gap > 0) {
          gapCounts[gap]++;
          gaps++;
          maxGap = Math.max(maxGap, gap);
        }
      }
    }
    Arrays.sort(amounts);
    Arrays.sort(purchases);
    return new ThresholdEvidence(basis, OrderValue.of(s, basis), Arrays.copyOf(gapCounts, maxGap + 1), gaps, amounts,
        purchases);
  }

  public AnalysisBasis basis() { return basis; }

  public LocalDate asOf() { return basis.asOf(); }

  /** Purchases and their net amounts in the period and the 365-day window. */
  public OrderValue orderValue() { return orderValue; }

  /** How many repeat gaps there are (returns on a later day, all customers, all history). */
  public int repeatGaps() { return repeatGaps; }

  /** Repeat gaps by length: element {@code d} is the number of gaps of exactly {@code d} days (element 0 is always 0). */
  public int[] gapCounts() { return gapCounts.clone(); }

  /** Every customer's cumulative net amount as of the date (CPM's amount), ascending. */
  public long[] customerAmounts() { return amounts.clone(); }

  /** Every customer's number of purchases as of the date (CPM's count), ascending. */
  public int[] customerPurchases() { return purchases.clone(); }
}
