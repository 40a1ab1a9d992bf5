package kyokan.core.analytics;

import java.util.OptionalDouble;

/**
 * Average order value (客単価) of identified customers: the net amount of the purchases (orders with a net
 * amount above zero) dated in a range ÷ their number. Refunded orders and returns made as separate orders
 * are left out of both, so this is the value of an order that counts as a purchase — the base of CPM's
 * "about 7 × the average order" amount limit. Anonymous sales are left out: their orders cannot be told apart.
 *
 * @param periodPurchases purchases dated in the period
 * @param periodPurchaseNet their net amounts, summed
 * @param windowPurchases purchases dated in the 365-day window
 * @param windowPurchaseNet their net amounts, summed
 */
public record OrderValue(AnalysisBasis basis, long periodPurchases, long periodPurchaseNet, long windowPurchases,
    long windowPurchaseNet) {

  static OrderValue of(CustomerSnapshot s, AnalysisBasis basis) {
    return new OrderValue(basis, s.periodPurchases, s.periodPurchaseNet, s.windowPurchaseCount, s.windowPurchaseNet);
  }

  /** The period's average order value; empty without purchases. */
  public OptionalDouble periodAverage() {
    return periodPurchases == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) periodPurchaseNet / periodPurchases);
  }

  /** The window's average order value (steadier, for suggesting thresholds); empty without purchases. */
  public OptionalDouble windowAverage() {
    return windowPurchases == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) windowPurchaseNet / windowPurchases);
  }
}
