package kyokan.core.sales;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One sale line as read from a file or typed by hand, before it is stored. A line without a customer
 * code is anonymous: it counts in revenue and the capture rate, not in customer figures.
 *
 * @param time optional
 * @param orderNo optional: invoice, 伝票番号, 会計ID
 * @param lineNo optional: the line's position within its order in the source, used to recognise re-imports
 * @param quantity negative for returns
 * @param amount money the shop took for the line, in the currency's minor unit; negative for returns and cancellations
 */
public record SaleLineInput(LocalDate date, LocalTime time, String orderNo, Integer lineNo, String customerCode,
    String customerName, String productCode, String productName, long quantity, long amount) {

  public boolean isAnonymous() {
    return customerCode == null || customerCode.isBlank();
  }
}
