package kyokan.core.analytics;

/**
 * Q4: how many customers bought in the period, against those who bought in the window and against all
 * customers ever (as of the as-of date). "Bought" means a purchase (an order with a net amount above zero).
 *
 * @param boughtInPeriod customers with a purchase dated in the period
 * @param boughtInWindow customers with a purchase dated in the 365 days {@code asOf − 364 … asOf}
 * @param customersEver customers with a purchase up to the as-of date
 */
public record ActiveShare(AnalysisBasis basis, int boughtInPeriod, int boughtInWindow, int customersEver) {

  static ActiveShare of(CustomerSnapshot s, AnalysisBasis basis) {
    int inPeriod = 0;
    int inWindow = 0;
    for (int c = 0; c < s.purchases.length; c++) {
      // The last purchase is the latest: dated in a range ending on the as-of date iff any purchase is.
      if (s.lastDay[c] >= s.periodStart) inPeriod++;
      if (s.lastDay[c] >= s.windowStart) inWindow++;
    }
    return new ActiveShare(basis, inPeriod, inWindow, s.customers);
  }

  /** Q4's headline: bought in the period ÷ bought in the window. */
  public Ratio shareOfYearsCustomers() {
    return new Ratio(boughtInPeriod, boughtInWindow);
  }

  /** Bought in the period ÷ all customers ever. */
  public Ratio shareOfAllCustomers() {
    return new Ratio(boughtInPeriod, customersEver);
  }
}
