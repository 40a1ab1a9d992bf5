package kyokan.step.datacapture.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kyokan.core.sales.NewOrder.NewOrderLine;
import kyokan.core.sales.Product;

/**
 * The filled rows of an order form as order lines, remembering which row each came from so the
 * service's problems ({@code lines[0].quantity} = first line sent) land on the row the user typed.
 */
record OrderLines(List<NewOrderLine> lines, List<Integer> rows) {
  private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)](\\..+)");

  /**
   * Reads the filled rows; problems go to {@code errors}. A blank amount is the product's unit price
   * times the quantity, when the product has a price.
   */
  static OrderLines read(OrderForm form, Map<Long, Product> products, int minorDigits, Map<String, String> errors) {
    List<NewOrderLine> lines = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    for (int row = 0; row < form.lines().size(); row++) {
      OrderForm.Line typed = form.lines().get(row);
      if (typed.isEmpty()) continue;
      Long productId = productId(typed.productId(), row, errors);
      long quantity = Fields.wholeNumber(typed.quantity(), 1, errors, OrderForm.lineField(row, "quantity"));
      String amountField = OrderForm.lineField(row, "amount");
      Long amount = Fields.money(typed.amount(), minorDigits, errors, amountField);
      if (amount == null && !errors.containsKey(amountField)) amount = priceTimes(products.get(productId), quantity);
      if (amount == null) errors.putIfAbsent(amountField, "error.sales.amount.required");
      lines.add(new NewOrderLine(productId, quantity, amount == null ? 0 : amount));
      rows.add(row);
    }
    return new OrderLines(lines, rows);
  }

  /** The service's problems with each line's field renamed to the form row it came from. */
  Map<String, String> toRows(Map<String, String> problems) {
    Map<String, String> byRow = new LinkedHashMap<>();
    problems.forEach((field, key) -> {
      Matcher m = LINE_FIELD.matcher(field);
      int index = m.matches() ? Integer.parseInt(m.group(1)) : -1;
      if (index >= 0 && index < rows.size()) byRow.put(OrderForm.lineField(rows.get(index), m.group(2).substring(1)), key);
      else byRow.put(field.equals("customerId") ? "customer" : field, key);
    });
    return byRow;
  }

  private static Long productId(String text, int row, Map<String, String> errors) {
    if (text.isBlank()) return null;
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      errors.put(OrderForm.lineField(row, "productId"), "error.sales.product.unknown");
      return null;
    }
  }

  private static Long priceTimes(Product product, long quantity) {
    if (product == null || product.getUnitPrice() == null) return null;
    try {
      return Math.multiplyExact(product.getUnitPrice(), quantity);
    } catch (ArithmeticException e) {
      return null;
    }
  }
}
