package kyokan.core.analytics;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.sales.SaleLineInput;

/**
 * Hand-written sale lines for the analytics tests, built into a {@link Ledger} in memory the way the
 * loader would deliver them. Customer and product ids follow first mention, not code order, so tests can
 * tell ties by code from ties by id.
 */
final class Sales {
  /** One line; customer and product are codes (null: anonymous, no product), time and order number optional. */
  record Line(String customer, LocalDate date, LocalTime time, String orderNo, String product, long amount) {}

  private final List<Line> lines = new ArrayList<>();
  private final Map<String, Long> customerIds = new LinkedHashMap<>();
  private final Map<String, Long> productIds = new LinkedHashMap<>();

  static Sales of() {
    return new Sales();
  }

  /** A line without time. */
  Sales line(String date, String customer, String orderNo, String product, long amount) {
    return line(date, null, customer, orderNo, product, amount);
  }

  /** A line without time on a computed date. */
  Sales line(LocalDate date, String customer, String orderNo, String product, long amount) {
    return add(new Line(customer, date, null, orderNo, product, amount));
  }

  Sales line(String date, String time, String customer, String orderNo, String product, long amount) {
    return add(new Line(customer, LocalDate.parse(date), time == null ? null : LocalTime.parse(time), orderNo, product,
        amount));
  }

  Sales add(Line line) {
    if (line.customer() != null) customerIds.putIfAbsent(line.customer(), (long) customerIds.size() + 1);
    if (line.product() != null) productIds.putIfAbsent(line.product(), (long) productIds.size() + 1);
    lines.add(line);
    return this;
  }

  List<Line> lines() {
    return List.copyOf(lines);
  }

  /** The lines in ledger order: customer id (anonymous last), date, time and order number (none last). */
  List<Line> inLedgerOrder() {
    List<Line> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparing((Line l) -> l.customer() == null ? Long.MAX_VALUE : customerIds.get(l.customer()))
        .thenComparing(Line::date)
        .thenComparing(Line::time, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Line::orderNo, Comparator.nullsLast(Comparator.naturalOrder())));
    return sorted;
  }

  Ledger ledger() {
    LedgerBuilder builder = builder();
    for (Line l : inLedgerOrder()) {
      builder.line(l.customer() == null ? null : customerIds.get(l.customer()), l.date(), l.time(), l.orderNo(),
          l.product() == null ? null : productIds.get(l.product()), l.amount());
    }
    return builder.build();
  }

  /** The same ledger built the way the loader does: the lines handed to a {@link LineSorter} in {@code arrival} order. */
  Ledger ledgerThroughSorter(List<Line> arrival) {
    LedgerBuilder builder = builder();
    LineSorter sorter = new LineSorter(builder);
    for (Line l : arrival) {
      sorter.add(l.customer() == null ? LedgerBuilder.NO_ID : customerIds.get(l.customer()), Days.of(l.date()),
          l.time() == null ? LedgerBuilder.NO_TIME : l.time().toSecondOfDay(), l.orderNo(),
          l.product() == null ? LedgerBuilder.NO_ID : productIds.get(l.product()), l.amount());
    }
    sorter.feed();
    return builder.build();
  }

  private LedgerBuilder builder() {
    LedgerBuilder builder = new LedgerBuilder(7, 3, lines.size());
    customerIds.forEach((code, id) -> builder.customer(id, code, "名前" + code));
    productIds.forEach((code, id) -> builder.product(id, code, "商品" + code));
    return builder;
  }

  /** The lines as an import would read them from a file, numbered within each order so none is a duplicate. */
  List<SaleLineInput> inputs() {
    List<SaleLineInput> inputs = new ArrayList<>();
    Map<String, Integer> lineNumbers = new LinkedHashMap<>();
    for (Line l : lines) {
      Integer lineNo = l.orderNo() == null ? null : lineNumbers.merge(l.orderNo(), 1, Integer::sum);
      inputs.add(new SaleLineInput(l.date(), l.time(), l.orderNo(), lineNo, l.customer(), null, l.product(),
          l.product() == null ? null : "商品" + l.product(), 1, l.amount()));
    }
    return inputs;
  }

  /** The ledger index of a customer code. */
  static int customer(Ledger ledger, String code) {
    for (int c = 0; c < ledger.customerCount(); c++) {
      if (code.equals(ledger.customerCode(c))) return c;
    }
    throw new IllegalArgumentException("no customer " + code);
  }
}
