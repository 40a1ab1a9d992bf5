package kyokan.core.prediction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kyokan.core.analytics.CpmThresholds;

/**
 * Every customer's rhythm, at-risk flag and predicted 12-month value as of one date, with the models'
 * fits behind them. Immutable.
 *
 * @param dataVersion the ledger version the figures were computed at
 * @param thresholds the CPM thresholds in force on the as-of date (cells, and the lapse cut-off for at-risk)
 * @param horizonWeeks how far ahead the expected orders reach (52)
 * @param bgNbd BG/NBD fitted on every customer's (x, t_x, T) in weeks as of the date
 * @param gammaGamma Gamma-Gamma fitted on the customers with at least one repeat purchase
 * @param customers every customer as of the date (a purchase up to it), in customer code order
 */
public record CustomerValues(long clientId, long dataVersion, LocalDate asOf, CpmThresholds thresholds, AtRiskRule rule,
    int horizonWeeks, ModelFit<BgNbdParameters> bgNbd, ModelFit<GammaGammaParameters> gammaGamma,
    List<CustomerValue> customers) {

  public CustomerValues {
    customers = List.copyOf(customers);
  }

  /** The customers at risk, in code order. */
  public List<CustomerValue> atRisk() {
    return customers.stream().filter(CustomerValue::atRisk).toList();
  }

  /** The customer with this database id, empty when they have no purchase up to the date. */
  public Optional<CustomerValue> customer(long customerId) {
    return customers.stream().filter(v -> v.customerId() == customerId).findFirst();
  }

  /** Roughly the heap these figures hold, for a cache's budget. */
  long approximateBytes() {
    return 256L + 200L * customers.size();
  }
}
