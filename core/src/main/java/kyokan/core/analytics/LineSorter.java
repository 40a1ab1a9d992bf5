package kyokan.core.analytics;

import java.util.Arrays;

/**
 * Sale lines collected in any order, handed to a {@link LedgerBuilder} in ledger order: by customer id
 * (anonymous last), date, time (none last), order number (as text, none last). Lines that arrive in that
 * order (as the loader's index gives them) go straight through. Others are sorted here rather than by the
 * database, which takes seconds over a million rows where this takes a fraction of one: a counting sort
 * by customer, then a small sort within each customer's lines, then each column moved into that order in
 * a loop of its own (independent reads, so the processor overlaps the cache misses).
 */
final class LineSorter {
  private static final int NO_TIME_KEY = 86_400;
  private final LedgerBuilder builder;
  private final RunOrderNumbers orderNumbers = new RunOrderNumbers();
  private final LongList customerIds = new LongList(1024);
  private final IntList days = new IntList(1024);
  private final IntList times = new IntList(1024);
  private final IntList orderKeys = new IntList(1024);
  private final LongList productIds = new LongList(1024);
  private final LongList amounts = new LongList(1024);
  private boolean inLedgerOrder = true;
  private String previousOrderNo;

  /** Lines for {@code builder}, which also keeps their order numbers. */
  LineSorter(LedgerBuilder builder) {
    this.builder = builder;
  }

  /** As {@link LedgerBuilder#line(long, int, int, String, long, long)}, in any order. */
  void add(long customerId, int epochDay, int secondOfDay, String orderNo, long productId, long amount) {
    if (inLedgerOrder && size() > 0 && before(customerId, epochDay, secondOfDay, orderNo)) inLedgerOrder = false;
    customerIds.add(customerId);
    days.add(epochDay);
    times.add(secondOfDay);
    // The builder gives anonymous lines no order, so their numbers need no key.
    orderKeys.add(customerId == LedgerBuilder.NO_ID ? OrderNumbers.NONE : orderNumbers.key(customerId, orderNo));
    productIds.add(productId);
    amounts.add(amount);
    previousOrderNo = orderNo;
  }

  int size() {
    return days.size();
  }

  /** Whether every line so far came in ledger order, so {@link #feed} passes them on without sorting. */
  boolean arrivedInLedgerOrder() {
    return inLedgerOrder;
  }

  /** Adds every line to the builder in ledger order. */
  void feed() {
    if (inLedgerOrder) {
      feed(size(), customerIds.backing(), days.backing(), times.backing(), orderKeys.backing(), productIds.backing(),
          amounts.backing());
      return;
    }
    int[] interned = orderNumbers.interned(builder.orderNumbers);
    int[] keys = orderKeys.backing();
    for (int i = 0; i < size(); i++) {
      if (keys[i] != OrderNumbers.NONE) keys[i] = interned[keys[i]];
    }
    int[] lines = ledgerOrder();
    feed(lines.length, permute(customerIds.backing(), lines), permute(days.backing(), lines),
        permute(times.backing(), lines), permute(keys, lines), permute(productIds.backing(), lines),
        permute(amounts.backing(), lines));
  }

  private void feed(int n, long[] customer, int[] day, int[] time, int[] orderKey, long[] product, long[] amount) {
    builder.ensureCapacity(n);
    for (int k = 0; k < n; k++) builder.lineWithOrderKey(customer[k], day[k], time[k], orderKey[k], product[k], amount[k]);
  }

  // Whether this line belongs before the one added last.
  private boolean before(long customerId, int epochDay, int secondOfDay, String orderNo) {
    int last = size() - 1;
    long lastCustomer = customerIds.get(last);
    if (customerId != lastCustomer) {
      return customerId != LedgerBuilder.NO_ID && (lastCustomer == LedgerBuilder.NO_ID || customerId < lastCustomer);
    }
    if (epochDay != days.get(last)) return epochDay < days.get(last);
    int time = timeKey(secondOfDay);
    if (time != timeKey(times.get(last))) return time < timeKey(times.get(last));
    if (customerId == LedgerBuilder.NO_ID || orderNo == null) return false;
    return previousOrderNo == null || orderNo.compareTo(previousOrderNo) < 0;
  }

  private static int timeKey(int secondOfDay) {
    return secondOfDay < 0 ? NO_TIME_KEY : secondOfDay;
  }

  // The line indexes in ledger order.
  private int[] ledgerOrder() {
    int n = size();
    int[] rank = customerRanks();
    int buckets = 0;
    for (int r : rank) buckets = Math.max(buckets, r + 1);
    // Counting sort into one bucket per customer rank (anonymous lines have the last), keeping each
    // line's date-and-time key beside its position so the sorts below read memory in order.
    int[] start = new int[buckets + 1];
    for (int r : rank) start[r + 1]++;
    for (int r = 0; r < buckets; r++) start[r + 1] += start[r];
    int[] next = Arrays.copyOf(start, buckets);
    int[] line = new int[n];
    long[] key = new long[n];
    for (int i = 0; i < n; i++) {
      int position = next[rank[i]]++;
      line[position] = i;
      key[position] = ((long) days.get(i) << 20) | timeKey(times.get(i));
    }
    int[] positions = new int[n];
    for (int p = 0; p < n; p++) positions[p] = p;
    IntSort.IndexOrder within = (p, q) -> key[p] != key[q] ? Long.compare(key[p], key[q]) : byOrderNumber(line[p], line[q]);
    for (int r = 0; r < buckets; r++) IntSort.sort(positions, start[r], start[r + 1], within);
    int[] ordered = new int[n];
    for (int k = 0; k < n; k++) ordered[k] = line[positions[k]];
    return ordered;
  }

  // Each line's customer as a dense rank in id order; anonymous lines get the rank after the last customer.
  private int[] customerRanks() {
    int n = size();
    LongIntMap seen = new LongIntMap(1024);
    LongList distinct = new LongList(1024);
    for (int i = 0; i < n; i++) {
      long id = customerIds.get(i);
      if (id != LedgerBuilder.NO_ID && seen.get(id) == LongIntMap.ABSENT) {
        seen.put(id, 0);
        distinct.add(id);
      }
    }
    long[] ids = distinct.toArray();
    Arrays.sort(ids);
    LongIntMap rankOf = new LongIntMap(ids.length);
    for (int r = 0; r < ids.length; r++) rankOf.put(ids[r], r);
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      long id = customerIds.get(i);
      rank[i] = id == LedgerBuilder.NO_ID ? ids.length : rankOf.get(id);
    }
    return rank;
  }

  private int byOrderNumber(int a, int b) {
    int keyA = orderKeys.get(a);
    int keyB = orderKeys.get(b);
    if (keyA == keyB) return 0;
    if (keyA == OrderNumbers.NONE || keyB == OrderNumbers.NONE) return keyA == OrderNumbers.NONE ? 1 : -1;
    return builder.orderNumbers.number(keyA).compareTo(builder.orderNumbers.number(keyB));
  }

  private static long[] permute(long[] values, int[] order) {
    long[] result = new long[order.length];
    for (int k = 0; k < order.length; k++) result[k] = values[order[k]];
    return result;
  }

  private static int[] permute(int[] values, int[] order) {
    int[] result = new int[order.length];
    for (int k = 0; k < order.length; k++) result[k] = values[order[k]];
    return result;
  }
}
