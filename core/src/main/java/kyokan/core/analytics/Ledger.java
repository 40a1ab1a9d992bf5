package kyokan.core.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One client's sales ledger in memory, as primitive columns rather than one object per line, read-only
 * and safe to share between threads. Lines are sorted by customer (anonymous lines last), date, time and
 * order number; each customer's lines and orders are contiguous ranges. Customers, orders and products
 * are numbered densely (their index); {@link #NONE} marks an anonymous line or a line without a product.
 * Orders are METHOD.md's: see {@link LedgerBuilder}. Built by {@link LedgerLoader} or a {@link LedgerBuilder}.
 */
public final class Ledger {
  /** The index of "no customer" (anonymous line) or "no product". */
  public static final int NONE = -1;

  private final long clientId;
  private final long version;
  final int lineCount;
  final int[] lineCustomer;
  final int[] lineDay;
  final int[] lineTime;
  final int[] lineOrder;
  final int[] lineProduct;
  final long[] lineAmount;
  final int customerCount;
  /** Customer c's lines are {@code [customerLineStart[c], customerLineStart[c + 1])}; anonymous lines follow the last. */
  final int[] customerLineStart;
  /** Customer c's orders are {@code [customerOrderStart[c], customerOrderStart[c + 1])}, by date, time, order number. */
  final int[] customerOrderStart;
  final long[] customerIds;
  final String[] customerCodes;
  final String[] customerNames;
  /** Customer indexes in code order (customers without a code last, by id); ties everywhere break by this. */
  final int[] customersByCode;
  final int[] customerCodeRank;
  final int[] orderDay;
  final int maxOrdersPerCustomer;
  final int productCount;
  final long[] productIds;
  final String[] productCodes;
  final String[] productNames;
  final int[] productCodeRank;
  /** First and last sale date of any line; {@code lastDay < firstDay} when the ledger is empty. */
  final int firstDay;
  final int lastDay;
  /** Month index ({@link Days#monthIndex}) of each day from the first to the last sale. */
  private final int[] dayMonth;
  private final long[] dayRevenue;
  private final long[] dayIdentifiedRevenue;
  private final LongIntMap customerById;

  Ledger(LedgerBuilder b) {
    clientId = b.clientId;
    version = b.version;
    lineCustomer = b.lineCustomer.toArray();
    lineDay = b.lineDay.toArray();
    lineTime = b.lineTime.toArray();
    lineOrder = b.lineOrder.toArray();
    lineProduct = b.lineProduct.toArray();
    lineAmount = b.lineAmount.toArray();
    lineCount = lineDay.length;
    customerIds = b.customerIds.toArray();
    customerCount = customerIds.length;
    customerLineStart = withEnd(b.customerLineStart, b.anonymousStart >= 0 ? b.anonymousStart : lineCount);
    orderDay = b.orderDay.toArray();
    customerOrderStart = withEnd(b.customerOrderStart, orderDay.length);
    customerCodes = new String[customerCount];
    customerNames = new String[customerCount];
    customerById = new LongIntMap(customerCount);
    int maxOrders = 0;
    for (int c = 0; c < customerCount; c++) {
      String[] record = b.customerRecord(customerIds[c]);
      customerCodes[c] = record[0];
      customerNames[c] = record[1];
      customerById.put(customerIds[c], c);
      maxOrders = Math.max(maxOrders, customerOrderStart[c + 1] - customerOrderStart[c]);
    }
    maxOrdersPerCustomer = maxOrders;
    customersByCode = CodeOrder.sortedIndexes(customerCodes, customerIds);
    customerCodeRank = CodeOrder.ranks(customersByCode);
    productIds = b.productIds.toArray();
    productCount = productIds.length;
    productCodes = b.productCodes.toArray(String[]::new);
    productNames = b.productNames.toArray(String[]::new);
    productCodeRank = CodeOrder.ranks(CodeOrder.sortedIndexes(productCodes, productIds));
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (int day : lineDay) {
      first = Math.min(first, day);
      last = Math.max(last, day);
    }
    firstDay = lineCount == 0 ? 0 : first;
    lastDay = lineCount == 0 ? -1 : last;
    dayMonth = new int[lastDay - firstDay + 1];
    for (int d = 0; d < dayMonth.length; d++) dayMonth[d] = Days.monthIndex(firstDay + d);
    dayRevenue = new long[dayMonth.length];
    dayIdentifiedRevenue = new long[dayRevenue.length];
    for (int i = 0; i < lineCount; i++) {
      dayRevenue[lineDay[i] - firstDay] += lineAmount[i];
      if (lineCustomer[i] != NONE) dayIdentifiedRevenue[lineDay[i] - firstDay] += lineAmount[i];
    }
  }

  private static int[] withEnd(IntList starts, int end) {
    int[] result = new int[starts.size() + 1];
    for (int i = 0; i < starts.size(); i++) result[i] = starts.get(i);
    result[starts.size()] = end;
    return result;
  }

  public long clientId() { return clientId; }
  /** The client's data version this ledger was loaded at ({@code LedgerVersion}). */
  public long version() { return version; }
  public int lineCount() { return lineCount; }
  /** Customer codes with at least one line (not all of them need be customers: see {@link CustomerSnapshot}). */
  public int customerCount() { return customerCount; }
  /** Orders of identified customers, purchases or not. */
  public int orderCount() { return orderDay.length; }
  public int productCount() { return productCount; }

  public CustomerRef customer(int index) {
    return new CustomerRef(index, customerIds[index], customerCodes[index], customerNames[index]);
  }

  public long customerId(int index) { return customerIds[index]; }
  public String customerCode(int index) { return customerCodes[index]; }
  public String customerName(int index) { return customerNames[index]; }

  /** The index of the customer with this database id, empty when they have no line. */
  public OptionalInt customerIndex(long customerId) {
    int index = customerById.get(customerId);
    return index == LongIntMap.ABSENT ? OptionalInt.empty() : OptionalInt.of(index);
  }

  public ProductRef product(int index) {
    return new ProductRef(index, productIds[index], productCodes[index], productNames[index]);
  }

  /** The customer index of a line, {@link #NONE} when anonymous. */
  public int lineCustomer(int line) { return lineCustomer[line]; }
  public LocalDate lineDate(int line) { return Days.date(lineDay[line]); }
  /** Seconds since midnight, or {@link LedgerBuilder#NO_TIME}. */
  public int lineSecondOfDay(int line) { return lineTime[line]; }
  /** The order index of a line, {@link #NONE} when anonymous. */
  public int lineOrder(int line) { return lineOrder[line]; }
  /** The product index of a line, {@link #NONE} when it has no product. */
  public int lineProduct(int line) { return lineProduct[line]; }
  public long lineAmount(int line) { return lineAmount[line]; }

  public Optional<LocalDate> firstSale() {
    return lineCount == 0 ? Optional.empty() : Optional.of(Days.date(firstDay));
  }

  public Optional<LocalDate> lastSale() {
    return lineCount == 0 ? Optional.empty() : Optional.of(Days.date(lastDay));
  }

  /** The default month to analyse; see {@link LatestCompleteMonth}. Empty for an empty ledger. */
  public Optional<YearMonth> latestCompleteMonth() {
    return lastSale().map(LatestCompleteMonth::of);
  }

  /** Roughly the heap this ledger holds, for the cache's budget. */
  long approximateBytes() {
    return 28L * lineCount + 4L * orderDay.length + 160L * customerCount + 120L * productCount + 20L * dayMonth.length;
  }

  /** The month index of an epoch day, from a table for the ledger's days. */
  int monthIndex(int day) {
    return day >= firstDay && day <= lastDay ? dayMonth[day - firstDay] : Days.monthIndex(day);
  }

  /** Net amount of all lines dated {@code from … to} (inclusive), anonymous included. */
  long revenue(int from, int to) {
    return sum(dayRevenue, from, to);
  }

  /** Net amount of the identified customers' lines dated {@code from … to} (inclusive). */
  long identifiedRevenue(int from, int to) {
    return sum(dayIdentifiedRevenue, from, to);
  }

  private long sum(long[] byDay, int from, int to) {
    long total = 0;
    for (int day = Math.max(from, firstDay); day <= Math.min(to, lastDay); day++) total += byDay[day - firstDay];
    return total;
  }
}
