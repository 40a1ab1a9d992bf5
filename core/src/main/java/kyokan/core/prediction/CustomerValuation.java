package kyokan.core.prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.CustomerList;
import kyokan.core.analytics.CustomerPurchases;
import kyokan.core.analytics.CustomerSnapshot;
import kyokan.core.analytics.Ledger;

/**
 * Computes {@link CustomerValues} from a snapshot and the purchases behind it (METHOD.md, step 6): each
 * customer's rhythm and at-risk flag; BG/NBD fitted on (x, t_x, T) in weeks as of the date, with x the
 * purchases after the first, t_x and T in days ÷ 7; Gamma-Gamma fitted on the repeat customers' mean
 * repeat-purchase value; predicted 12-month value = expected orders in 52 weeks × expected order value.
 */
public final class CustomerValuation {
  public static final int HORIZON_WEEKS = 52;
  private static final double DAYS_PER_WEEK = 7;

  private CustomerValuation() {}

  /** {@code purchases} must be of the snapshot's ledger and as-of date. */
  public static CustomerValues of(CustomerSnapshot snapshot, CustomerPurchases purchases, CpmThresholds thresholds,
      AtRiskRule rule) {
    if (purchases.ledger() != snapshot.ledger() || !purchases.asOf().equals(snapshot.asOf())) {
      throw new IllegalArgumentException("purchases and snapshot disagree on the ledger or the date");
    }
    CustomerList customers = snapshot.customers();
    List<RepeatHistory> histories = new ArrayList<>(customers.size());
    List<SpendHistory> spending = new ArrayList<>(customers.size());
    for (int i = 0; i < customers.size(); i++) {
      int c = customers.indexAt(i);
      histories.add(repeatHistory(purchases, c));
      spending.add(spendHistory(purchases, c));
    }
    ModelFit<BgNbdParameters> bgNbd = BgNbdModel.fit(histories);
    ModelFit<GammaGammaParameters> gammaGamma = GammaGammaModel.fit(spending);
    Ledger ledger = snapshot.ledger();
    List<CustomerValue> values = new ArrayList<>(customers.size());
    for (int i = 0; i < customers.size(); i++) {
      int c = customers.indexAt(i);
      OptionalDouble gap = Rhythm.medianGapDays(purchases, c);
      int recency = snapshot.recencyDays(c);
      OptionalDouble alive = OptionalDouble.empty();
      OptionalDouble orders = OptionalDouble.empty();
      OptionalDouble orderValue = OptionalDouble.empty();
      OptionalLong value = OptionalLong.empty();
      if (bgNbd.isFitted()) {
        alive = OptionalDouble.of(bgNbd.parameters().probabilityAlive(histories.get(i)));
        orders = OptionalDouble.of(bgNbd.parameters().expectedPurchases(histories.get(i), HORIZON_WEEKS));
      }
      if (gammaGamma.isFitted()) orderValue = OptionalDouble.of(gammaGamma.parameters().expectedOrderValue(spending.get(i)));
      if (orders.isPresent() && orderValue.isPresent()) value = OptionalLong.of(Math.round(orders.getAsDouble() * orderValue.getAsDouble()));
      values.add(new CustomerValue(c, ledger.customerId(c), ledger.customerCode(c), ledger.customerName(c),
          snapshot.cell(c, thresholds), snapshot.purchases(c), gap, recency,
          rule.isAtRisk(gap, recency, thresholds.lapseDays()), alive, orders, orderValue, value));
    }
    return new CustomerValues(ledger.clientId(), ledger.version(), snapshot.asOf(), thresholds, rule, HORIZON_WEEKS,
        bgNbd, gammaGamma, values);
  }

  /** x = purchases after the first; t_x and T from the first purchase, in weeks. */
  static RepeatHistory repeatHistory(CustomerPurchases purchases, int c) {
    int n = purchases.count(c);
    int first = purchases.epochDay(c, 0);
    return new RepeatHistory(n - 1, (purchases.epochDay(c, n - 1) - first) / DAYS_PER_WEEK,
        (purchases.asOfEpochDay() - first) / DAYS_PER_WEEK);
  }

  /** x and the mean net amount of the purchases after the first (0 without any). */
  static SpendHistory spendHistory(CustomerPurchases purchases, int c) {
    int n = purchases.count(c);
    long total = 0;
    for (int k = 1; k < n; k++) total += purchases.netAmount(c, k);
    return new SpendHistory(n - 1, n > 1 ? (double) total / (n - 1) : 0);
  }
}
