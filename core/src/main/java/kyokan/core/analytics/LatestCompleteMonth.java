package kyokan.core.analytics;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The default month of an analysis: the last complete calendar month in the data, not today's, since
 * imports lag. That is the month of the last sale when the last sale is on that month's last day, and
 * otherwise the month before it (a month whose data may still be coming in is not complete).
 */
public final class LatestCompleteMonth {
  private LatestCompleteMonth() {}

  public static YearMonth of(LocalDate lastSale) {
    YearMonth month = YearMonth.from(lastSale);
    return lastSale.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
  }
}
