package kyokan.core.cockpit;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a client's data counts as late: each month's sales are to be imported by the 10th of the month after.
 * From the 11th, the ledger should reach into last month; until then, into the month before.
 */
public final class DataFreshness {
  /** The last day of the month on which last month's data may still arrive without a flag. */
  public static final int IMPORT_DAY = 10;

  private DataFreshness() {}

  public static boolean isLate(LocalDate lastSale, LocalDate today) {
    YearMonth expected = YearMonth.from(today).minusMonths(today.getDayOfMonth() > IMPORT_DAY ? 1 : 2);
    return lastSale == null || YearMonth.from(lastSale).isBefore(expected);
  }
}
