package kyokan.core.prediction;

import java.time.YearMonth;
import java.util.OptionalDouble;

/**
 * One month of VIP retention: how last month's VIPs (active 優良 at the previous month end) stand at this
 * month's end, and how much of the month's revenue came from this month's VIPs.
 *
 * @param vipsBefore active 優良 at the previous month's end (0 for the first month of the history)
 * @param stillVip of those, active 優良 at this month's end
 * @param lapsed of those, in a 離脱 cell at this month's end
 * @param vips active 優良 at this month's end
 * @param vipRevenue net amount of the month's lines of this month's VIPs, in minor units
 * @param identifiedRevenue net amount of the month's lines of all identified customers (anonymous sales left out)
 */
public record VipRetentionMonth(YearMonth month, int vipsBefore, int stillVip, int lapsed, int vips, long vipRevenue,
    long identifiedRevenue) {

  /** Share of last month's VIPs still VIP; empty when there were none. */
  public OptionalDouble retainedShare() {
    return vipsBefore == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) stillVip / vipsBefore);
  }

  /** Share of last month's VIPs now lapsed; empty when there were none. */
  public OptionalDouble lapsedShare() {
    return vipsBefore == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) lapsed / vipsBefore);
  }

  /** This month's VIPs' share of the month's identified revenue; empty when that revenue is not above zero. */
  public OptionalDouble vipRevenueShare() {
    return identifiedRevenue <= 0 ? OptionalDouble.empty() : OptionalDouble.of((double) vipRevenue / identifiedRevenue);
  }
}
