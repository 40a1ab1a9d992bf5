package kyokan.core.analytics;

import java.util.OptionalInt;

/**
 * Q6's Pareto view over the 365-day window: customers with a purchase in the window ranked by their net
 * amount there (ties by customer code); the top ⌈0.2 × N⌉ customers' share of the window's identified
 * revenue, and the smallest number of top customers whose amounts reach 80 % of it.
 *
 * @param customersInWindow N
 * @param windowRevenue net amount of all identified lines in the window (the denominator)
 * @param topCount ⌈0.2 × N⌉
 * @param topRevenue the top customers' window net amounts, summed
 * @param customersFor80Percent empty when the window's revenue is not positive, or the ranked customers never reach 80 % of it
 * @param ranking the N customers, best first
 */
public record ParetoView(int customersInWindow, long windowRevenue, int topCount, long topRevenue,
    OptionalInt customersFor80Percent, CustomerList ranking) {

  static ParetoView of(CustomerSnapshot s, int[] ranked) {
    long total = s.ledger.identifiedRevenue(s.windowStart, s.asOf);
    int top = (ranked.length + 4) / 5;
    long topRevenue = 0;
    long cumulative = 0;
    OptionalInt reach = OptionalInt.empty();
    for (int i = 0; i < ranked.length; i++) {
      cumulative += s.windowAmount[ranked[i]];
      if (i < top) topRevenue = cumulative;
      // 80 % exactly, in integers: cumulative ≥ 0.8 × total ⇔ 5 × cumulative ≥ 4 × total.
      if (reach.isEmpty() && total > 0 && 5 * cumulative >= 4 * total) reach = OptionalInt.of(i + 1);
    }
    return new ParetoView(ranked.length, total, top, topRevenue, reach, new CustomerList(s.ledger, ranked));
  }

  /** The top ⌈0.2 × N⌉ customers' share of the window's identified revenue. */
  public Ratio topShare() {
    return new Ratio(topRevenue, windowRevenue);
  }
}
