package kyokan.core.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Revenue month by month, split new / repeat exactly as each month's own {@link RevenueSplit} splits it
 * (as of that month's last day), for the monthly revenue chart. One pass over each customer's lines
 * instead of a snapshot per month: a customer adds new revenue only in a month where one of their orders
 * is dated, so only those month ends are looked at.
 */
public record MonthlyRevenue(List<Month> months) {

  /**
   * One month's figures.
   *
   * @param revenue net amount of all lines dated in the month, anonymous included
   * @param identifiedRevenue net amount of identified customers' lines dated in the month
   * @param newRevenue net amount of first orders dated in the month (as of the month's last day)
   */
  public record Month(YearMonth month, long revenue, long identifiedRevenue, long newRevenue) {
    /** Identified revenue − new revenue, as {@link RevenueSplit#repeatRevenue()}. */
    public long repeatRevenue() {
      return identifiedRevenue - newRevenue;
    }

    public Ratio repeatShare() {
      return new Ratio(repeatRevenue(), identifiedRevenue);
    }
  }

  public MonthlyRevenue {
    months = List.copyOf(months);
  }

  /** The months {@code from … to} (inclusive); months outside the data are zero. */
  static MonthlyRevenue of(Ledger ledger, YearMonth from, YearMonth to) {
    int first = Days.monthIndex(from);
    int last = Days.monthIndex(to);
    if (last < first) throw new IllegalArgumentException("from after to: " + from + ", " + to);
    long[] newRevenue = new long[last - first + 1];
    long[] orderNet = new long[Math.max(1, ledger.maxOrdersPerCustomer)];
    for (int c = 0; c < ledger.customerCount; c++) addNewRevenue(ledger, c, first, last, orderNet, newRevenue);
    List<Month> months = new ArrayList<>(newRevenue.length);
    for (int m = first; m <= last; m++) {
      int start = Days.firstDayOfMonth(m);
      int end = Days.lastDayOfMonth(m);
      months.add(new Month(Days.month(m), ledger.revenue(start, end), ledger.identifiedRevenue(start, end),
          newRevenue[m - first]));
    }
    return new MonthlyRevenue(months);
  }

  // For each month in range with an order of customer c dated in it: the first purchase as of that month's
  // end (lines up to then summed into their orders) adds its net amount when it is dated in that month.
  private static void addNewRevenue(Ledger ledger, int c, int first, int last, long[] orderNet, long[] newRevenue) {
    int orderFrom = ledger.customerOrderStart[c];
    int orderEnd = ledger.customerOrderStart[c + 1];
    int line = ledger.customerLineStart[c];
    int lineEnd = ledger.customerLineStart[c + 1];
    int previousMonth = Integer.MIN_VALUE;
    for (int o = orderFrom; o < orderEnd; o++) {
      int month = ledger.monthIndex(ledger.orderDay[o]);
      if (month == previousMonth) continue;
      previousMonth = month;
      if (month > last) break;
      int monthEnd = Days.lastDayOfMonth(month);
      for (; line < lineEnd && ledger.lineDay[line] <= monthEnd; line++) {
        orderNet[ledger.lineOrder[line] - orderFrom] += ledger.lineAmount[line];
      }
      if (month < first) continue;
      for (int p = orderFrom; p < orderEnd && ledger.orderDay[p] <= monthEnd; p++) {
        long net = orderNet[p - orderFrom];
        if (net <= 0) continue;
        if (ledger.monthIndex(ledger.orderDay[p]) == month) newRevenue[month - first] += net;
        break;
      }
    }
    for (int o = orderFrom; o < orderEnd; o++) orderNet[o - orderFrom] = 0;
  }
}
