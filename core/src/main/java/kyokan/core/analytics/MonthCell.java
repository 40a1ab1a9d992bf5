package kyokan.core.analytics;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One customer's place at one month end, with the thresholds it was computed under.
 *
 * @param asOf the month's last day
 * @param cell null while the customer has no purchase up to the month's end
 */
public record MonthCell(YearMonth month, LocalDate asOf, CpmThresholds thresholds, CpmCell cell) {
  public boolean isCustomer() {
    return cell != null;
  }
}
