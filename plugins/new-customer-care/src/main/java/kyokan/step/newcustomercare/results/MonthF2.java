package kyokan.step.newcustomercare.results;

import java.time.YearMonth;

/**
 * All the shop's new customers of one first-purchase month (enrolled or not) and how many bought again within 90
 * days; {@code after} once the month is on or after the sequence's start. A before/after comparison: seasons and
 * everything else that changed move it too, so the holdout comparison outranks it.
 */
public record MonthF2(YearMonth month, int firstTimers, int secondBuyers, boolean after) {
  public double rate() {
    return firstTimers == 0 ? Double.NaN : (double) secondBuyers / firstTimers;
  }
}
