package kyokan.core.analytics;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * METHOD.md's rules written as plainly as possible, with maps and objects, to check the engine against on
 * random ledgers: an independent second reading of the same definitions.
 */
final class NaiveAnalysis {
  record Order(LocalDate date, LocalTime time, String orderNo, long net) {}

  record Customer(String code, List<Order> purchases, long amount, long windowAmount) {
    LocalDate first() { return purchases.get(0).date(); }
    LocalDate last() { return purchases.get(purchases.size() - 1).date(); }
    LocalDate second() { return purchases.size() > 1 ? purchases.get(1).date() : null; }
  }

  private static final Comparator<Order> EARLIEST = Comparator.comparing(Order::date)
      .thenComparing(Order::time, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Order::orderNo, Comparator.nullsLast(Comparator.naturalOrder()));

  private NaiveAnalysis() {}

  /** Customers (codes with a purchase) as of {@code asOf}, by code. */
  static Map<String, Customer> customers(List<Sales.Line> lines, LocalDate asOf) {
    LocalDate windowStart = asOf.minusDays(364);
    Map<String, Map<String, List<Sales.Line>>> orders = new TreeMap<>();
    for (Sales.Line line : lines) {
      if (line.customer() == null || line.date().isAfter(asOf)) continue;
      String key = line.orderNo() != null ? "#" + line.orderNo() : "@" + line.date();
      orders.computeIfAbsent(line.customer(), k -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(line);
    }
    Map<String, Customer> customers = new TreeMap<>();
    orders.forEach((code, byKey) -> {
      List<Order> purchases = new ArrayList<>();
      long amount = 0;
      long window = 0;
      for (List<Sales.Line> orderLines : byKey.values()) {
        long net = 0;
        Sales.Line earliest = null;
        for (Sales.Line l : orderLines) {
          net += l.amount();
          amount += l.amount();
          if (!l.date().isBefore(windowStart)) window += l.amount();
          if (earliest == null || l.date().isBefore(earliest.date())
              || (l.date().equals(earliest.date()) && l.time() != null
                  && (earliest.time() == null || l.time().isBefore(earliest.time())))) {
            earliest = l;
          }
        }
        if (net > 0) purchases.add(new Order(earliest.date(), earliest.time(), earliest.orderNo(), net));
      }
      purchases.sort(EARLIEST);
      if (!purchases.isEmpty()) customers.put(code, new Customer(code, purchases, amount, window));
    });
    return customers;
  }

  /** The CPM cell by the rules' wording, step by step. */
  static CpmCell cell(Customer c, LocalDate asOf, CpmThresholds t) {
    long tenure = ChronoUnit.DAYS.between(c.first(), c.last());
    long recency = ChronoUnit.DAYS.between(c.last(), asOf);
    boolean big = t.axis() == CpmAxis.AMOUNT ? c.amount() >= t.amountLimit() : c.purchases().size() >= t.countLimit();
    CpmGroup group;
    if (c.purchases().size() == 1) group = CpmGroup.FIRST_TIMER;
    else if (tenure < t.tenureShortDays()) group = CpmGroup.TODDLER;
    else if (tenure < t.tenureLongDays() && big) group = CpmGroup.TREND;
    else if (tenure >= t.tenureLongDays() && big) group = CpmGroup.LOYAL;
    else group = CpmGroup.STEADY;
    return CpmCell.of(group, recency >= t.lapseDays());
  }

  /** Net amount of the first purchases dated from {@code from} to {@code asOf}. */
  static long newRevenue(Map<String, Customer> customers, LocalDate from) {
    return customers.values().stream().filter(c -> !c.first().isBefore(from))
        .mapToLong(c -> c.purchases().get(0).net()).sum();
  }
}
