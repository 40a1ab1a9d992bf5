package kyokan.core.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kyokan.core.sales.SaleLineInput;

/**
 * A customer's history read back from generated lines, the way METHOD.md counts it: an order is the customer's lines
 * with one order number, a purchase is an order with a net amount above zero, the amount is the net of all lines.
 */
record CustomerHistory(String code, List<LocalDate> purchaseDates, long amount) {

  static Map<String, CustomerHistory> of(List<SaleLineInput> lines) {
    Map<String, Map<String, long[]>> orders = new TreeMap<>();
    Map<String, LocalDate> orderDates = new LinkedHashMap<>();
    for (SaleLineInput line : lines) {
      if (!line.isAnonymous()) {
        orders.computeIfAbsent(line.customerCode(), code -> new LinkedHashMap<>())
            .computeIfAbsent(line.orderNo(), orderNo -> new long[1])[0] += line.amount();
        orderDates.putIfAbsent(line.orderNo(), line.date());
      }
    }
    Map<String, CustomerHistory> histories = new TreeMap<>();
    orders.forEach((code, byOrder) -> {
      List<LocalDate> dates = new ArrayList<>();
      long amount = 0;
      for (Map.Entry<String, long[]> order : byOrder.entrySet()) {
        amount += order.getValue()[0];
        if (order.getValue()[0] > 0) {
          dates.add(orderDates.get(order.getKey()));
        }
      }
      if (!dates.isEmpty()) {
        dates.sort(null);
        histories.put(code, new CustomerHistory(code, List.copyOf(dates), amount));
      }
    });
    return histories;
  }

  int purchases() {
    return purchaseDates.size();
  }

  LocalDate first() {
    return purchaseDates.get(0);
  }

  LocalDate last() {
    return purchaseDates.get(purchaseDates.size() - 1);
  }
}
