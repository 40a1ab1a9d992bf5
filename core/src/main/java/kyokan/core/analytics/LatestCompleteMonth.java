package kyokan.core.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The default month of an analysis: the last complete calendar month in the data, not today's, since
 * imports lag. That is the month of the last sale when the last sale is on that month's last day, and
 * otherwise the month before it (a month whose data may still be coming in is not complete). A sale dated
 * after today (a typing slip, a till with a wrong clock) cannot make a month complete: the month is never
 * later than the last month before today's.
 */
public final class LatestCompleteMonth {
  private LatestCompleteMonth() {}

  /** From the last sale alone, as if today were after it. */
  public static YearMonth of(LocalDate lastSale) {
    YearMonth month = YearMonth.from(lastSale);
    return lastSale.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
  }

  /** Capped at the month before today's; empty when even the first sale is dated after that month. */
  public static Optional<YearMonth> of(LocalDate firstSale, LocalDate lastSale, LocalDate today) {
    YearMonth cap = YearMonth.from(today).minusMonths(1);
    if (firstSale.isAfter(cap.atEndOfMonth())) return Optional.empty();
    YearMonth month = of(lastSale);
    return Optional.of(month.isAfter(cap) ? cap : month);
  }
}
