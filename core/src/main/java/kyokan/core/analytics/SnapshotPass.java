package kyokan.core.analytics;

/**
 * The one pass over a ledger that makes a {@link CustomerSnapshot}: the ledger cut at the as-of date
 * (later lines ignored), each customer's lines summed into their orders, and each order with a net amount
 * above zero counted as a purchase.
 */
final class SnapshotPass {
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
  final int[] purchaseStart;
  final IntList purchaseDays;
  int customers;
  long newRevenue;
  long periodPurchases;
  long periodPurchaseNet;
  long windowPurchaseCount;
  long windowPurchaseNet;

  SnapshotPass(Ledger ledger, int asOf) {
    this.ledger = ledger;
    this.asOf = asOf;
    this.periodStart = Days.firstDayOfMonth(Days.monthIndex(asOf));
    this.windowStart = asOf - 364;
    int n = ledger.customerCount;
    purchases = new int[n];
    firstDay = new int[n];
    secondDay = new int[n];
    lastDay = new int[n];
    windowPurchases = new int[n];
    amount = new long[n];
    windowAmount = new long[n];
    productWindowIdentified = new long[ledger.productCount];
    productWindowAll = new long[ledger.productCount];
    productWindowLines = new int[ledger.productCount];
    cohortBase = Days.monthIndex(ledger.firstDay);
    int rows = ledger.lineCount == 0 ? 0 : Math.max(0, Days.monthIndex(asOf) - cohortBase + 1);
    cohortSizes = new int[rows];
    cohortActive = new int[rows][];
    for (int r = 0; r < rows; r++) cohortActive[r] = new int[rows - r];
    purchaseStart = new int[n + 1];
    purchaseDays = new IntList(Math.max(16, ledger.orderCount()));
  }

  CustomerSnapshot run() {
    long[] orderNet = new long[Math.max(1, ledger.maxOrdersPerCustomer)];
    for (int c = 0; c < ledger.customerCount; c++) {
      sumLines(c, orderNet);
      countPurchases(c, orderNet);
    }
    System.arraycopy(productWindowIdentified, 0, productWindowAll, 0, productWindowAll.length);
    for (int i = ledger.customerLineStart[ledger.customerCount]; i < ledger.lineCount; i++) {
      int day = ledger.lineDay[i];
      if (day > asOf) break;
      int product = ledger.lineProduct[i];
      if (day >= windowStart && product != Ledger.NONE) {
        productWindowAll[product] += ledger.lineAmount[i];
        productWindowLines[product]++;
      }
    }
    return new CustomerSnapshot(this);
  }

  // Adds customer c's lines up to the as-of date into their orders' net amounts (indexed from their first order).
  private void sumLines(int c, long[] orderNet) {
    int[] days = ledger.lineDay;
    long[] amounts = ledger.lineAmount;
    int[] orders = ledger.lineOrder;
    int[] products = ledger.lineProduct;
    int orderFrom = ledger.customerOrderStart[c];
    long total = 0;
    long window = 0;
    for (int i = ledger.customerLineStart[c], end = ledger.customerLineStart[c + 1]; i < end; i++) {
      int day = days[i];
      if (day > asOf) break;
      long a = amounts[i];
      total += a;
      orderNet[orders[i] - orderFrom] += a;
      if (day >= windowStart) {
        window += a;
        int product = products[i];
        if (product != Ledger.NONE) {
          productWindowIdentified[product] += a;
          productWindowLines[product]++;
        }
      }
    }
    amount[c] = total;
    windowAmount[c] = window;
  }

  // Walks customer c's orders by date, time and order number; resets the net amounts it read.
  private void countPurchases(int c, long[] orderNet) {
    int orderFrom = ledger.customerOrderStart[c];
    int count = 0;
    int inWindow = 0;
    int cohortRow = -1;
    int markedMonth = Integer.MIN_VALUE;
    firstDay[c] = secondDay[c] = lastDay[c] = CustomerSnapshot.NO_DAY;
    for (int o = orderFrom, end = ledger.customerOrderStart[c + 1]; o < end; o++) {
      int day = ledger.orderDay[o];
      if (day > asOf) break;
      long net = orderNet[o - orderFrom];
      orderNet[o - orderFrom] = 0;
      if (net <= 0) continue;
      count++;
      purchaseDays.add(day);
      int month = ledger.monthIndex(day);
      if (count == 1) {
        firstDay[c] = day;
        cohortRow = month - cohortBase;
        cohortSizes[cohortRow]++;
        if (day >= periodStart) newRevenue += net;
      } else if (count == 2) {
        secondDay[c] = day;
      }
      if (month != markedMonth) {
        cohortActive[cohortRow][month - cohortBase - cohortRow]++;
        markedMonth = month;
      }
      lastDay[c] = day;
      if (day >= windowStart) {
        inWindow++;
        windowPurchaseCount++;
        windowPurchaseNet += net;
      }
      if (day >= periodStart) {
        periodPurchases++;
        periodPurchaseNet += net;
      }
    }
    purchases[c] = count;
    purchaseStart[c + 1] = purchaseDays.size();
    windowPurchases[c] = inWindow;
    if (count > 0) customers++;
  }
}
