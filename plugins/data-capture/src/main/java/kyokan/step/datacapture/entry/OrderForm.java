package kyokan.step.datacapture.entry;

import java.util.ArrayList;
import java.util.List;
import kyokan.core.step.StepRequest;

/**
 * The quick order form as typed: the order's date, time, number and customer, and {@value #ROWS} line rows
 * of which the empty ones are ignored. {@code customerId} is set when the form was opened from a customer.
 */
public record OrderForm(String date, String time, String orderNo, String customer, String customerId, List<Line> lines) {
  static final int ROWS = 5;

  /** One line row: product id (blank for none), quantity and amount, as typed. */
  public record Line(String productId, String quantity, String amount) {
    /** A row without product and amount: left blank on purpose (its quantity is prefilled). */
    boolean isEmpty() {
      return productId.isBlank() && amount.isBlank();
    }
  }

  static OrderForm empty(String date, String customerId) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) lines.add(new Line("", "1", ""));
    return new OrderForm(date, "", "", "", customerId, lines);
  }

  static OrderForm read(StepRequest req) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      lines.add(new Line(EntryRequests.text(req, "product_" + i), EntryRequests.text(req, "quantity_" + i),
          EntryRequests.text(req, "amount_" + i)));
    }
    return new OrderForm(EntryRequests.text(req, "date"), EntryRequests.text(req, "time"), EntryRequests.text(req, "orderNo"),
        EntryRequests.text(req, "customer"), EntryRequests.text(req, "customerId"), lines);
  }

  /** The message-key field of a line row's cell, as the service names it: {@code lines[2].amount}. */
  public static String lineField(int row, String cell) {
    return "lines[" + row + "]." + cell;
  }
}
