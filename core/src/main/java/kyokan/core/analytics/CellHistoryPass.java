package kyokan.core.analytics;

/**
 * The one pass over each customer's lines that makes a {@link CellHistory}: the lines are summed into
 * their orders in date order, and whenever a line falls after a month end, the state up to that month
 * end is classified. An order counts as a purchase while its net amount so far is above zero, so a
 * later refund (or a later line of the same order) can take a purchase away or add one, exactly as
 * {@link CustomerSnapshot} sees the ledger cut at each month end.
 */
final class CellHistoryPass {
  private final Ledger ledger;
  private final int months;
  private final int[] monthEnd;
  private final CpmThresholds[] thresholds;
  private final byte[] cells;
  private final int[][] counts;
  private final long[] orderNet;
  private final int n;
  // The customer in hand: purchases so far, net total, first and last purchase (order index from their first order).
  private int purchases;
  private long amount;
  private int firstOrder;
  private int lastOrder;

  CellHistoryPass(Ledger ledger, int[] monthEnd, CpmThresholds[] thresholds) {
    this.ledger = ledger;
    this.months = monthEnd.length;
    this.monthEnd = monthEnd;
    this.thresholds = thresholds;
    this.n = ledger.customerCount;
    this.cells = new byte[Math.multiplyExact(n, months)];
    this.counts = new int[months][CpmCell.values().length];
    this.orderNet = new long[Math.max(1, ledger.maxOrdersPerCustomer)];
  }

  byte[] cells() { return cells; }

  int[][] counts() { return counts; }

  CellHistoryPass run() {
    for (int c = 0; c < n; c++) customer(c);
    return this;
  }

  private void customer(int c) {
    int[] days = ledger.lineDay;
    int[] orders = ledger.lineOrder;
    long[] amounts = ledger.lineAmount;
    int orderFrom = ledger.customerOrderStart[c];
    int orderCount = ledger.customerOrderStart[c + 1] - orderFrom;
    purchases = 0;
    amount = 0;
    firstOrder = lastOrder = -1;
    int k = 0;
    for (int i = ledger.customerLineStart[c], end = ledger.customerLineStart[c + 1]; i < end; i++) {
      int day = days[i];
      while (k < months && day > monthEnd[k]) emit(c, k++, orderFrom);
      if (k == months) break;
      long a = amounts[i];
      amount += a;
      int o = orders[i] - orderFrom;
      boolean wasPurchase = orderNet[o] > 0;
      orderNet[o] += a;
      boolean isPurchase = orderNet[o] > 0;
      if (isPurchase && !wasPurchase) gain(o);
      else if (wasPurchase && !isPurchase) lose(o, orderCount);
    }
    while (k < months) emit(c, k++, orderFrom);
    for (int o = 0; o < orderCount; o++) orderNet[o] = 0;
  }

  private void gain(int o) {
    purchases++;
    if (firstOrder < 0 || o < firstOrder) firstOrder = o;
    if (o > lastOrder) lastOrder = o;
  }

  // Rare: a refund (or a negative line) brings an order's net to zero or below. Look for the new ends only then.
  private void lose(int o, int orderCount) {
    purchases--;
    if (o != firstOrder && o != lastOrder) return;
    firstOrder = lastOrder = -1;
    for (int p = 0; p < orderCount; p++) {
      if (orderNet[p] > 0) {
        if (firstOrder < 0) firstOrder = p;
        lastOrder = p;
      }
    }
  }

  private void emit(int c, int k, int orderFrom) {
    if (purchases == 0) {
      cells[k * n + c] = CellHistory.NOT_CUSTOMER;
      return;
    }
    int first = ledger.orderDay[orderFrom + firstOrder];
    int last = ledger.orderDay[orderFrom + lastOrder];
    CpmCell cell = thresholds[k].cellOf(purchases, last - first, monthEnd[k] - last, amount);
    cells[k * n + c] = (byte) cell.ordinal();
    counts[k][cell.ordinal()]++;
  }
}
