package kyokan.core.prediction;

import java.util.OptionalDouble;

/**
 * When a customer is at risk (METHOD.md, "A customer's rhythm"): still active (days since the last order
 * below the lapse cut-off of the thresholds in force) and overdue by their own rhythm, i.e. days since
 * the last order &gt; {@code multiple} × the median gap and ≥ {@code minimumDays}. A customer with one
 * order has no rhythm and is never at risk by this rule (the 初回 follow-up of step 5 covers them).
 */
public record AtRiskRule(double multiple, int minimumDays) {
  /** METHOD.md's defaults: twice the rhythm, and at least 30 days. */
  public static final AtRiskRule DEFAULT = new AtRiskRule(2, 30);

  public AtRiskRule {
    if (!(multiple > 0) || Double.isInfinite(multiple)) throw new IllegalArgumentException("multiple must be positive: " + multiple);
    if (minimumDays < 0) throw new IllegalArgumentException("minimumDays must be at least 0: " + minimumDays);
  }

  /**
   * @param medianGapDays the customer's rhythm, empty with one order
   * @param daysSinceLastOrder recency as of the date
   * @param lapseDays the lapse cut-off in force (recency from which a customer is 離脱)
   */
  public boolean isAtRisk(OptionalDouble medianGapDays, int daysSinceLastOrder, int lapseDays) {
    return medianGapDays.isPresent()
        && daysSinceLastOrder < lapseDays
        && daysSinceLastOrder >= minimumDays
        && daysSinceLastOrder > multiple * medianGapDays.getAsDouble();
  }
}
