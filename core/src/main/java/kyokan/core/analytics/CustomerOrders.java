package kyokan.core.analytics;

import java.time.LocalDate;

/**
 * One customer's orders read straight from the ledger, for the questions steps 4–7 ask about a span of days:
 * did they buy (an order with a net amount above zero), how many orders, and their net amount.
 */
public final class CustomerOrders {
  private CustomerOrders() {}

  /**
   * The customer's orders dated {@code from} through {@code to} (inclusive): purchases, and the net amount of
   * all their orders in the span (refunds included, METHOD.md "Response").
   */
  public static Window between(Ledger ledger, int customer, LocalDate from, LocalDate to) {
    int first = Days.of(from);
    int last = Days.of(to);
    int orderStart = ledger.customerOrderStart[customer];
    long[] net = new long[ledger.customerOrderStart[customer + 1] - orderStart];
    boolean[] inSpan = new boolean[net.length];
    for (int line = ledger.customerLineStart[customer]; line < ledger.customerLineStart[customer + 1]; line++) {
      int day = ledger.lineDay[line];
      if (day < first || day > last) continue;
      int o = ledger.lineOrder[line] - orderStart;
      net[o] += ledger.lineAmount[line];
      inSpan[o] = true;
    }
    int purchases = 0;
    int orders = 0;
    long amount = 0;
    for (int o = 0; o < net.length; o++) {
      if (!inSpan[o]) continue;
      orders++;
      amount += net[o];
      if (net[o] > 0) purchases++;
    }
    return new Window(purchases, orders, amount);
  }

  /** Whether the customer has a line with a positive amount for the product dated on or before {@code asOf}. */
  public static boolean bought(Ledger ledger, int customer, long productId, LocalDate asOf) {
    int last = Days.of(asOf);
    for (int line = ledger.customerLineStart[customer]; line < ledger.customerLineStart[customer + 1]; line++) {
      int p = ledger.lineProduct[line];
      if (p != Ledger.NONE && ledger.productIds[p] == productId && ledger.lineDay[line] <= last
          && ledger.lineAmount[line] > 0) {
        return true;
      }
    }
    return false;
  }

  /** The customer's orders, oldest first: date, net amount and the products on their lines (each once, in line order). */
  public static java.util.List<Order> all(Ledger ledger, int customer) {
    int orderStart = ledger.customerOrderStart[customer];
    int count = ledger.customerOrderStart[customer + 1] - orderStart;
    long[] net = new long[count];
    java.util.List<java.util.LinkedHashSet<String>> products = new java.util.ArrayList<>();
    for (int o = 0; o < count; o++) products.add(new java.util.LinkedHashSet<>());
    for (int line = ledger.customerLineStart[customer]; line < ledger.customerLineStart[customer + 1]; line++) {
      int o = ledger.lineOrder[line] - orderStart;
      net[o] += ledger.lineAmount[line];
      int p = ledger.lineProduct[line];
      if (p != Ledger.NONE) products.get(o).add(ledger.productNames[p] != null ? ledger.productNames[p] : ledger.productCodes[p]);
    }
    java.util.List<Order> orders = new java.util.ArrayList<>(count);
    for (int o = 0; o < count; o++) {
      orders.add(new Order(Days.date(ledger.orderDay[orderStart + o]), net[o], java.util.List.copyOf(products.get(o))));
    }
    return orders;
  }

  /** One order: its date, net amount (minor units; ≤ 0 is not a purchase) and product names. */
  public record Order(LocalDate date, long netAmount, java.util.List<String> products) {
    public boolean isPurchase() {
      return netAmount > 0;
    }
  }

  /**
   * @param purchases orders with a net amount above zero
   * @param orders every order with a line in the span
   * @param netAmount the net amount of those orders, in minor units
   */
  public record Window(int purchases, int orders, long netAmount) {}
}
