package kyokan.core.analytics;

import java.time.LocalDate;

/**
 * Every customer's purchases as of one date, each with its date and net amount, for models that need the
 * orders themselves rather than a snapshot's aggregates (a customer's rhythm, BG/NBD, Gamma-Gamma). The
 * same rules as {@link CustomerSnapshot}: the ledger cut at the as-of date, a customer's lines summed into
 * their orders (METHOD.md's "Data terms"), and each order with a net amount above zero a purchase, in the
 * order of date, time and order number. Customer indexes are the ledger's. Immutable.
 */
public final class CustomerPurchases {
  private final Ledger ledger;
  private final int asOf;
  /** Customer c's purchases are {@code [start[c], start[c + 1])} in {@link #day} and {@link #net}. */
  private final int[] start;
  private final int[] day;
  private final long[] net;

  private CustomerPurchases(Ledger ledger, int asOf, int[] start, int[] day, long[] net) {
    this.ledger = ledger;
    this.asOf = asOf;
    this.start = start;
    this.day = day;
    this.net = net;
  }

  /** Reads every customer's purchases up to {@code asOf} (one pass over the customers' lines). */
  public static CustomerPurchases of(Ledger ledger, LocalDate asOf) {
    int cut = Days.of(asOf);
    int[] start = new int[ledger.customerCount + 1];
    IntList days = new IntList(Math.max(16, ledger.orderCount()));
    LongList nets = new LongList(Math.max(16, ledger.orderCount()));
    long[] orderNet = new long[Math.max(1, ledger.maxOrdersPerCustomer)];
    for (int c = 0; c < ledger.customerCount; c++) {
      int orderFrom = ledger.customerOrderStart[c];
      for (int i = ledger.customerLineStart[c], end = ledger.customerLineStart[c + 1]; i < end; i++) {
        if (ledger.lineDay[i] > cut) break;
        orderNet[ledger.lineOrder[i] - orderFrom] += ledger.lineAmount[i];
      }
      for (int o = orderFrom, end = ledger.customerOrderStart[c + 1]; o < end; o++) {
        long amount = orderNet[o - orderFrom];
        orderNet[o - orderFrom] = 0;
        if (ledger.orderDay[o] > cut) break;
        if (amount <= 0) continue;
        days.add(ledger.orderDay[o]);
        nets.add(amount);
      }
      start[c + 1] = days.size();
    }
    return new CustomerPurchases(ledger, cut, start, days.toArray(), nets.toArray());
  }

  public Ledger ledger() { return ledger; }

  public LocalDate asOf() { return Days.date(asOf); }

  /** The as-of date as days since 1970-01-01. */
  public int asOfEpochDay() { return asOf; }

  /** Number of purchases of customer {@code c} up to the as-of date (0: not a customer yet). */
  public int count(int c) { return start[c + 1] - start[c]; }

  /** The date of customer {@code c}'s {@code k}-th purchase (from 0), as days since 1970-01-01. */
  public int epochDay(int c, int k) { return day[index(c, k)]; }

  /** The net amount of customer {@code c}'s {@code k}-th purchase (from 0), in minor units; always above zero. */
  public long netAmount(int c, int k) { return net[index(c, k)]; }

  /** Roughly the heap this holds beyond its ledger. */
  public long approximateBytes() {
    return 4L * start.length + 12L * day.length;
  }

  private int index(int c, int k) {
    if (k < 0 || k >= count(c)) throw new IndexOutOfBoundsException("customer " + c + " has no purchase " + k);
    return start[c] + k;
  }
}
