package kyokan.core.analytics;

import java.time.LocalDate;
import java.util.function.IntPredicate;

/**
 * Every customer's aggregates as of one date, from the ledger cut at that date (later lines ignored), per
 * METHOD.md's precise rules: a purchase is an order with a net amount above zero; a customer is anyone with
 * a purchase; the first purchase is the earliest by date, time, order number. Immutable; independent of
 * CPM thresholds, so one snapshot serves any number of them. Customer indexes are the ledger's; a code
 * with lines but no purchase up to the date has {@code purchases == 0} and is not a customer.
 *
 * <p>"The period" is the as-of date's calendar month up to the as-of date; "the window" is the 365 days
 * {@code asOf − 364 … asOf}.
 */
public final class CustomerSnapshot {
  /** A date that is not there (no second purchase, not a customer). */
  static final int NO_DAY = Integer.MIN_VALUE;
  final Ledger ledger;
  final int asOf;
  final int periodStart;
  final int windowStart;
  final int[] purchases;
  final int[] firstDay;
  final int[] secondDay;
  final int[] lastDay;
  final int[] windowPurchases;
  final long[] amount;
  final long[] windowAmount;
  final long[] productWindowIdentified;
  final long[] productWindowAll;
  final int[] productWindowLines;
  final int cohortBase;
  final int[] cohortSizes;
  final int[][] cohortActive;
  /** Customer c's purchase dates, one per purchase in order: {@code purchaseDays[purchaseStart[c] … purchaseStart[c + 1])}. */
  final int[] purchaseStart;
  final int[] purchaseDays;
  final int customers;
  final long newRevenue;
  final long periodPurchases;
  final long periodPurchaseNet;
  final long windowPurchaseCount;
  final long windowPurchaseNet;

  CustomerSnapshot(SnapshotPass p) {
    ledger = p.ledger;
    asOf = p.asOf;
    periodStart = p.periodStart;
    windowStart = p.windowStart;
    purchases = p.purchases;
    firstDay = p.firstDay;
    secondDay = p.secondDay;
    lastDay = p.lastDay;
    windowPurchases = p.windowPurchases;
    amount = p.amount;
    windowAmount = p.windowAmount;
    productWindowIdentified = p.productWindowIdentified;
    productWindowAll = p.productWindowAll;
    productWindowLines = p.productWindowLines;
    cohortBase = p.cohortBase;
    cohortSizes = p.cohortSizes;
    cohortActive = p.cohortActive;
    purchaseStart = p.purchaseStart;
    purchaseDays = p.purchaseDays.toArray();
    customers = p.customers;
    newRevenue = p.newRevenue;
    periodPurchases = p.periodPurchases;
    periodPurchaseNet = p.periodPurchaseNet;
    windowPurchaseCount = p.windowPurchaseCount;
    windowPurchaseNet = p.windowPurchaseNet;
  }

  /** Roughly the heap this snapshot holds beyond its ledger, for the cache's budget. */
  long approximateBytes() {
    long cohortCells = 0;
    for (int[] row : cohortActive) cohortCells += row.length;
    return 48L * purchases.length + 4L * purchaseDays.length + 20L * productWindowAll.length + 4 * cohortCells;
  }

  /** Computes the snapshot of {@code ledger} as of {@code asOf} (one pass over its lines). */
  public static CustomerSnapshot of(Ledger ledger, LocalDate asOf) {
    return new SnapshotPass(ledger, Days.of(asOf)).run();
  }

  public Ledger ledger() { return ledger; }
  public LocalDate asOf() { return Days.date(asOf); }
  public LocalDate periodStart() { return Days.date(periodStart); }
  public LocalDate windowStart() { return Days.date(windowStart); }

  /** Customers as of the date: codes with at least one purchase up to it. */
  public int customerCount() { return customers; }

  public boolean isCustomer(int c) { return purchases[c] > 0; }

  /** Number of purchases up to the as-of date (CPM's count). */
  public int purchases(int c) { return purchases[c]; }

  /** Net amount of all the customer's lines up to the as-of date, returns included (CPM's amount; historic CLV). */
  public long amount(int c) { return amount[c]; }

  /** Net amount of the customer's lines in the window. */
  public long windowAmount(int c) { return windowAmount[c]; }

  /** Purchases dated in the window. */
  public int windowPurchases(int c) { return windowPurchases[c]; }

  /** Null when not a customer as of the date. */
  public LocalDate firstPurchase(int c) { return dateOrNull(firstDay[c]); }

  /** The date of the second purchase (a separate order, possibly on the first one's day); null when none. */
  public LocalDate secondPurchase(int c) { return dateOrNull(secondDay[c]); }

  public LocalDate lastPurchase(int c) { return dateOrNull(lastDay[c]); }

  /** 在籍期間: last purchase date − first purchase date, in calendar days. */
  public int tenureDays(int c) {
    requireCustomer(c);
    return lastDay[c] - firstDay[c];
  }

  /** 離脱期間: as-of date − last purchase date, in calendar days. */
  public int recencyDays(int c) {
    requireCustomer(c);
    return asOf - lastDay[c];
  }

  /** The customer's CPM cell under these thresholds; the customer must have a purchase. */
  public CpmCell cell(int c, CpmThresholds thresholds) {
    return thresholds.cellOf(purchases(c), tenureDays(c), recencyDays(c), amount[c]);
  }

  /** Every customer as of the date, in code order. */
  public CustomerList customers() {
    return where(c -> true);
  }

  /** The customers as of the date (ledger indexes) that pass {@code test}, in code order. */
  CustomerList where(IntPredicate test) {
    IntList list = new IntList(Math.max(16, customers / 8));
    for (int c : ledger.customersByCode) {
      if (purchases[c] > 0 && test.test(c)) list.add(c);
    }
    return new CustomerList(ledger, list.toArray());
  }

  private void requireCustomer(int c) {
    if (purchases[c] == 0) throw new IllegalArgumentException("not a customer as of " + asOf() + ": " + ledger.customerCode(c));
  }

  private static LocalDate dateOrNull(int day) {
    return day == NO_DAY ? null : Days.date(day);
  }
}
