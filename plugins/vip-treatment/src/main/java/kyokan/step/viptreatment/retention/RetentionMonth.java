package kyokan.step.viptreatment.retention;

import java.time.YearMonth;
import java.util.OptionalDouble;

/**
 * One month of VIP retention on the shop's roster: of last month's VIPs, how many are still VIPs and how many are
 * in a 離脱 cell at this month's end; and this month's VIPs' share of the month's identified revenue.
 */
public record RetentionMonth(YearMonth month, int vipsBefore, int stillVip, int lapsed, int vips, long vipRevenue,
    long identifiedRevenue) {

  public OptionalDouble retainedShare() {
    return vipsBefore == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) stillVip / vipsBefore);
  }

  public OptionalDouble lapsedShare() {
    return vipsBefore == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) lapsed / vipsBefore);
  }

  public OptionalDouble revenueShare() {
    return identifiedRevenue <= 0 ? OptionalDouble.empty() : OptionalDouble.of((double) vipRevenue / identifiedRevenue);
  }
}
