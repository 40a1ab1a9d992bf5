package kyokan.core.analytics;

/**
 * The cut-offs of customer portfolio management, the shop's own: every CPM figure takes them as an
 * argument and states them beside its cells. Boundaries are inclusive on the upper side of each rule:
 * tenure exactly {@code tenureShortDays} is no longer よちよち, tenure exactly {@code tenureLongDays} is
 * 優良 (when big), recency exactly {@code lapseDays} is lapsed, and an amount (or count) exactly at the
 * limit counts as big.
 *
 * @param lapseDays recency (days since the last purchase) from which a customer is 離脱, at least 1
 * @param tenureShortDays tenure (days from first to last purchase) from which a repeat customer is no longer よちよち
 * @param tenureLongDays tenure from which a big repeat customer is 優良 rather than 流行; at least {@code tenureShortDays}
 * @param amountLimit cumulative net amount, in the currency's minor unit, from which a customer is big
 *     (axis {@link CpmAxis#AMOUNT}; 0 on the other axis)
 * @param axis what "big" is measured by
 * @param countLimit number of purchases from which a customer is big (axis {@link CpmAxis#ORDER_COUNT}; 0 on the other axis)
 */
public record CpmThresholds(int lapseDays, int tenureShortDays, int tenureLongDays, long amountLimit, CpmAxis axis,
    int countLimit) {

  /** METHOD.md's published defaults, for an average order near ¥10,000: lapse 240 days, tenure 90 and 210, ¥70,000. */
  public static final CpmThresholds DEFAULTS = byAmount(240, 90, 210, 70_000);

  public CpmThresholds {
    if (axis == null) throw new IllegalArgumentException("axis is required");
    if (lapseDays < 1) throw new IllegalArgumentException("lapseDays must be at least 1: " + lapseDays);
    if (tenureShortDays < 0 || tenureLongDays < tenureShortDays) {
      throw new IllegalArgumentException("need 0 ≤ tenureShortDays ≤ tenureLongDays: " + tenureShortDays + ", " + tenureLongDays);
    }
    // The unused limit is normalised so that equal rules make equal cache keys.
    if (axis == CpmAxis.AMOUNT) {
      countLimit = 0;
    } else {
      amountLimit = 0;
      if (countLimit < 1) throw new IllegalArgumentException("countLimit must be at least 1: " + countLimit);
    }
  }

  public static CpmThresholds byAmount(int lapseDays, int tenureShortDays, int tenureLongDays, long amountLimit) {
    return new CpmThresholds(lapseDays, tenureShortDays, tenureLongDays, amountLimit, CpmAxis.AMOUNT, 0);
  }

  public static CpmThresholds byOrderCount(int lapseDays, int tenureShortDays, int tenureLongDays, int countLimit) {
    return new CpmThresholds(lapseDays, tenureShortDays, tenureLongDays, 0, CpmAxis.ORDER_COUNT, countLimit);
  }

  /**
   * The cell of one customer with at least one purchase. Rules in this order, so each customer lands in
   * exactly one: count 1 → 初回; tenure &lt; short → よちよち; not big → コツコツ (whatever the tenure, so
   * a long-standing small customer is コツコツ); tenure &lt; long → 流行; otherwise 優良. Lapsed when
   * {@code recencyDays ≥ lapseDays}.
   */
  public CpmCell cellOf(int purchases, int tenureDays, int recencyDays, long amount) {
    if (purchases < 1) throw new IllegalArgumentException("not a customer: no purchase");
    CpmGroup group;
    if (purchases == 1) {
      group = CpmGroup.FIRST_TIMER;
    } else if (tenureDays < tenureShortDays) {
      group = CpmGroup.TODDLER;
    } else if (!isBig(purchases, amount)) {
      group = CpmGroup.STEADY;
    } else if (tenureDays < tenureLongDays) {
      group = CpmGroup.TREND;
    } else {
      group = CpmGroup.LOYAL;
    }
    return CpmCell.of(group, recencyDays >= lapseDays);
  }

  private boolean isBig(int purchases, long amount) {
    return axis == CpmAxis.AMOUNT ? amount >= amountLimit : purchases >= countLimit;
  }
}
