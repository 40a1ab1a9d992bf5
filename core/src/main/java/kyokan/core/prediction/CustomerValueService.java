package kyokan.core.prediction;

import java.time.LocalDate;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.CustomerPurchases;
import kyokan.core.analytics.CustomerSnapshot;
import kyokan.core.analytics.Ledger;
import kyokan.core.analytics.ResultCache;
import kyokan.core.segmentation.ThresholdHistory;
import kyokan.core.segmentation.ThresholdService;

/**
 * Step 6's figures for a client as of a date (a month end in the step's pages): every customer's rhythm,
 * at-risk flag, P(alive), expected orders and predicted value in the next 12 months, and the fitted
 * BG/NBD and Gamma-Gamma parameters ({@link CustomerValuation}). Reads the in-memory ledger of the
 * {@link AnalyticsService} and the thresholds in force from the {@link ThresholdService}. Results are
 * cached per (client, data version, thresholds version, as-of date) and dropped as soon as either
 * version moves; everything returned is immutable.
 */
public final class CustomerValueService {
  private static final long RESULT_BYTES = 32L << 20;

  private record Key(long clientId, long dataVersion, long thresholdsVersion, LocalDate asOf) {}

  private final AnalyticsService analytics;
  private final ThresholdService thresholds;
  private final AtRiskRule rule;
  private final ResultCache<Key, CustomerValues> results = new ResultCache<>(RESULT_BYTES, CustomerValues::approximateBytes);

  public CustomerValueService(AnalyticsService analytics, ThresholdService thresholds) {
    this(analytics, thresholds, AtRiskRule.DEFAULT);
  }

  public CustomerValueService(AnalyticsService analytics, ThresholdService thresholds, AtRiskRule rule) {
    this.analytics = analytics;
    this.thresholds = thresholds;
    this.rule = rule;
  }

  /** Every customer's figures as of {@code asOf} under the thresholds in force then. */
  public CustomerValues values(long clientId, LocalDate asOf) {
    Ledger ledger = analytics.ledger(clientId);
    ThresholdHistory saved = thresholds.history(clientId);
    long data = ledger.version();
    long version = saved.version();
    results.removeIf(k -> k.clientId() == clientId && (k.dataVersion() != data || k.thresholdsVersion() != version));
    return results.get(new Key(clientId, data, version, asOf), () -> compute(clientId, ledger, asOf, saved.inForce(asOf)));
  }

  private CustomerValues compute(long clientId, Ledger ledger, LocalDate asOf, CpmThresholds inForce) {
    CustomerSnapshot snapshot = analytics.snapshot(clientId, asOf);
    // An import landed between the two reads: stay with the ledger the cache key names.
    if (snapshot.ledger() != ledger) snapshot = CustomerSnapshot.of(ledger, asOf);
    return CustomerValuation.of(snapshot, CustomerPurchases.of(ledger, asOf), inForce, rule);
  }

  /** The rule this service flags customers at risk by. */
  public AtRiskRule rule() {
    return rule;
  }
}
