package kyokan.core.analytics;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Ledger} from sale lines delivered in ledger order: identified customers by ascending id,
 * then anonymous lines; within a customer by date, then time (lines without a time after timed ones),
 * then order number (as text). The order number's place is not checked: the arrival order is what breaks
 * ties between orders of one customer at the same date and time.
 *
 * <p>Orders follow METHOD.md: a customer's lines with one order number form one order; their lines
 * without an order number form one order per calendar day. An order is dated by its earliest line.
 * Orders are numbered in arrival order, so a customer's orders are numbered by (date, time, order number).
 */
public final class LedgerBuilder {
  /** The id given for an anonymous line or a line without a product. */
  public static final long NO_ID = -1;
  /** The time given for a line without one. */
  public static final int NO_TIME = -1;

  final long clientId;
  final long version;
  private final Map<Long, String[]> customerRecords = new HashMap<>();
  final LongIntMap productIndex = new LongIntMap(256);
  final LongList productIds = new LongList(256);
  final List<String> productCodes = new ArrayList<>();
  final List<String> productNames = new ArrayList<>();

  final IntList lineCustomer;
  final IntList lineDay;
  final IntList lineTime;
  final IntList lineOrder;
  final IntList lineProduct;
  final LongList lineAmount;
  final IntList customerLineStart = new IntList(1024);
  final IntList customerOrderStart = new IntList(1024);
  final LongList customerIds = new LongList(1024);
  final IntList orderDay = new IntList(1024);
  int anonymousStart = -1;

  private long currentCustomer = Long.MIN_VALUE;
  private int previousDay = Integer.MIN_VALUE;
  private int previousTime = Integer.MIN_VALUE;
  final OrderNumbers orderNumbers = new OrderNumbers();
  // Per order-number key: the order it became at the customer who last used it (numbers are per customer).
  private int[] orderOfKey = new int[1024];
  private int[] customerOfKey = new int[1024];
  private int dayOrderDay = Integer.MIN_VALUE;
  private int dayOrder = -1;

  public LedgerBuilder(long clientId, long version, int expectedLines) {
    this.clientId = clientId;
    this.version = version;
    int capacity = Math.max(expectedLines, 16);
    lineCustomer = new IntList(capacity);
    lineDay = new IntList(capacity);
    lineTime = new IntList(capacity);
    lineOrder = new IntList(capacity);
    lineProduct = new IntList(capacity);
    lineAmount = new LongList(capacity);
  }

  /** Makes room for {@code lines} more lines, so that a known number of them is stored without copying. */
  void ensureCapacity(int lines) {
    int total = lineDay.size() + lines;
    lineCustomer.ensureCapacity(total);
    lineDay.ensureCapacity(total);
    lineTime.ensureCapacity(total);
    lineOrder.ensureCapacity(total);
    lineProduct.ensureCapacity(total);
    lineAmount.ensureCapacity(total);
  }

  /** Names a customer; customers without a line are left out of the ledger. */
  public LedgerBuilder customer(long id, String code, String name) {
    customerRecords.put(id, new String[] {code, name});
    return this;
  }

  /** Names a product; products are indexed in the order they are named, then as lines bring new ones. */
  public LedgerBuilder product(long id, String code, String name) {
    if (productIndex.get(id) == LongIntMap.ABSENT) {
      productIndex.put(id, productCodes.size());
      productIds.add(id);
      productCodes.add(code);
      productNames.add(name);
    }
    return this;
  }

  /** Adds a line; see the class comment for the order lines must come in. */
  public LedgerBuilder line(Long customerId, LocalDate date, LocalTime time, String orderNo, Long productId, long amount) {
    return line(customerId == null ? NO_ID : customerId, Days.of(date), time == null ? NO_TIME : time.toSecondOfDay(),
        orderNo, productId == null ? NO_ID : productId, amount);
  }

  /**
   * Adds a line.
   *
   * @param customerId {@link #NO_ID} for an anonymous line
   * @param epochDay the sale date as days since 1970-01-01
   * @param secondOfDay the sale time, or {@link #NO_TIME}
   * @param orderNo null when the source has none
   * @param productId {@link #NO_ID} for a line without a product
   * @param amount money the shop took, in minor units; negative for returns
   */
  public LedgerBuilder line(long customerId, int epochDay, int secondOfDay, String orderNo, long productId, long amount) {
    return lineWithOrderKey(customerId, epochDay, secondOfDay, orderNumbers.key(orderNo), productId, amount);
  }

  /** As {@link #line(long, int, int, String, long, long)}, with the order number's key in {@link #orderNumbers}. */
  LedgerBuilder lineWithOrderKey(long customerId, int epochDay, int secondOfDay, int orderKey, long productId, long amount) {
    if (customerId != currentCustomer) startCustomer(customerId);
    int timeKey = secondOfDay < 0 ? Integer.MAX_VALUE : secondOfDay;
    if (epochDay < previousDay || (epochDay == previousDay && timeKey < previousTime)) {
      throw new IllegalArgumentException("lines out of order at customer " + customerId + ", day " + Days.date(epochDay));
    }
    previousDay = epochDay;
    previousTime = timeKey;
    int customer = customerId == NO_ID ? Ledger.NONE : customerIds.size() - 1;
    lineCustomer.add(customer);
    lineDay.add(epochDay);
    lineTime.add(secondOfDay < 0 ? NO_TIME : secondOfDay);
    lineOrder.add(customer == Ledger.NONE ? Ledger.NONE : orderOf(customer, orderKey, epochDay));
    lineProduct.add(productId == NO_ID ? Ledger.NONE : productOf(productId));
    lineAmount.add(amount);
    return this;
  }

  private void startCustomer(long customerId) {
    if (anonymousStart >= 0 || (customerId != NO_ID && customerId < currentCustomer)) {
      throw new IllegalArgumentException("lines out of order: customer " + customerId + " after " + currentCustomer);
    }
    currentCustomer = customerId;
    previousDay = Integer.MIN_VALUE;
    previousTime = Integer.MIN_VALUE;
    if (customerId == NO_ID) {
      anonymousStart = lineDay.size();
      return;
    }
    customerIds.add(customerId);
    customerLineStart.add(lineDay.size());
    customerOrderStart.add(orderDay.size());
    dayOrderDay = Integer.MIN_VALUE;
  }

  private int orderOf(int customer, int orderKey, int epochDay) {
    if (orderKey == OrderNumbers.NONE) {
      if (epochDay != dayOrderDay) {
        dayOrderDay = epochDay;
        dayOrder = newOrder(epochDay);
      }
      return dayOrder;
    }
    if (orderKey >= orderOfKey.length) {
      int length = Math.max(orderKey + 1, orderOfKey.length * 2);
      orderOfKey = Arrays.copyOf(orderOfKey, length);
      customerOfKey = Arrays.copyOf(customerOfKey, length);
    }
    // customerOfKey holds index + 1, so the zeros of a fresh array mean "nobody yet".
    if (customerOfKey[orderKey] != customer + 1) {
      customerOfKey[orderKey] = customer + 1;
      orderOfKey[orderKey] = newOrder(epochDay);
    }
    return orderOfKey[orderKey];
  }

  private int newOrder(int epochDay) {
    orderDay.add(epochDay);
    return orderDay.size() - 1;
  }

  private int productOf(long productId) {
    int index = productIndex.get(productId);
    if (index != LongIntMap.ABSENT) return index;
    product(productId, null, null);
    return productCodes.size() - 1;
  }

  /** The customer's code and name as named, or nulls. */
  String[] customerRecord(long id) {
    String[] record = customerRecords.get(id);
    return record == null ? new String[2] : record;
  }

  public Ledger build() {
    return new Ledger(this);
  }
}
