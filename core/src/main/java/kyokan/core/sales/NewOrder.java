package kyokan.core.sales;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One order typed by hand. {@code time}, {@code orderNo} and {@code customerId} are optional; without a
 * customer the lines are anonymous.
 */
public record NewOrder(LocalDate date, LocalTime time, String orderNo, Long customerId, List<NewOrderLine> lines) {

  /** One line: the product is optional; money in the currency's minor unit, negative for a return. */
  public record NewOrderLine(Long productId, long quantity, long amount) {}
}
