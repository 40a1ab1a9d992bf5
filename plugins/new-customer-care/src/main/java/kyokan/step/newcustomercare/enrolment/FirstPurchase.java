package kyokan.step.newcustomercare.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kyokan.core.analytics.CustomerOrders;
import kyokan.core.analytics.Ledger;

/**
 * A customer's first purchase as the ledger has it (the earliest order with a net amount above zero: a fully refunded
 * order is not a purchase; a merged customer's lines are already the kept one's), the products on it, and the
 * purchases after it.
 *
 * @param later the customer's orders after the first purchase, oldest first, refunds included (a separate order the
 *     same day counts)
 */
public record FirstPurchase(long customerId, LocalDate date, List<String> products, List<CustomerOrders.Order> later) {

  /** The customer's first purchase, or empty for a customer code that never bought (only refunds). */
  public static Optional<FirstPurchase> of(Ledger ledger, int customer) {
    List<CustomerOrders.Order> orders = CustomerOrders.all(ledger, customer);
    CustomerOrders.Order first = null;
    List<CustomerOrders.Order> later = new ArrayList<>();
    for (CustomerOrders.Order o : orders) {
      if (first != null) later.add(o);
      else if (o.isPurchase()) first = o;
    }
    return first == null ? Optional.empty()
        : Optional.of(new FirstPurchase(ledger.customerId(customer), first.date(), first.products(), later));
  }

  /** Every customer of the ledger with a first purchase from {@code from} through {@code to}. */
  public static List<FirstPurchase> between(Ledger ledger, LocalDate from, LocalDate to) {
    List<FirstPurchase> list = new ArrayList<>();
    for (int c = 0; c < ledger.customerCount(); c++) {
      of(ledger, c).filter(p -> !p.date().isBefore(from) && !p.date().isAfter(to)).ifPresent(list::add);
    }
    return list;
  }

  /** The day of the second purchase, if any. */
  public Optional<LocalDate> secondPurchase() {
    return later.stream().filter(CustomerOrders.Order::isPurchase).map(CustomerOrders.Order::date).findFirst();
  }

  /** Whether the customer bought again on or before {@code day}. */
  public boolean boughtAgainBy(LocalDate day) {
    return secondPurchase().filter(d -> !d.isAfter(day)).isPresent();
  }

  /** F2: a second purchase dated at most {@code days} after the first. */
  public boolean boughtAgainWithin(int days) {
    return boughtAgainBy(date.plusDays(days));
  }

  /** The net amount of the orders after the first purchase dated at most {@code days} after it, in minor units. */
  public long revenueAfterWithin(int days) {
    LocalDate last = date.plusDays(days);
    return later.stream().filter(o -> !o.date().isAfter(last)).mapToLong(CustomerOrders.Order::netAmount).sum();
  }
}
