package kyokan.core.prediction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kyokan.core.analytics.CellHistory;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CustomerList;
import kyokan.core.analytics.Ledger;

/**
 * Month-by-month VIP retention (issue 13, step 6) with the default VIP rule, the active 優良 cell under the
 * thresholds in force at each month end (a {@link CellHistory}, e.g. from {@code SegmentationService}):
 * of last month's VIPs the share still VIP and the share lapsed, and this month's VIPs' share of the
 * month's identified revenue. A roster with hand-picked additions is the step plugin's and not seen here.
 */
public final class VipRetention {
  private VipRetention() {}

  /** Every month of the history, oldest first (the first month has no month before it). */
  public static List<VipRetentionMonth> of(CellHistory history) {
    List<YearMonth> months = history.months();
    Ledger ledger = history.ledger();
    int n = months.size();
    boolean[][] vip = new boolean[n][];
    for (int k = 0; k < n; k++) {
      vip[k] = new boolean[ledger.customerCount()];
      CustomerList loyal = history.customers(months.get(k), CpmCell.LOYAL);
      for (int i = 0; i < loyal.size(); i++) vip[k][loyal.indexAt(i)] = true;
    }
    long[] vipRevenue = new long[n];
    long[] identified = new long[n];
    if (n > 0) addRevenue(ledger, months.get(0), n, vip, vipRevenue, identified);
    List<VipRetentionMonth> result = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      int before = 0;
      int still = 0;
      int lapsed = 0;
      int now = 0;
      for (int c = 0; c < ledger.customerCount(); c++) {
        if (vip[k][c]) now++;
        if (k == 0 || !vip[k - 1][c]) continue;
        before++;
        if (vip[k][c]) still++;
        Optional<CpmCell> cell = history.cellOf(c, months.get(k));
        if (cell.isPresent() && cell.get().isLapsed()) lapsed++;
      }
      result.add(new VipRetentionMonth(months.get(k), before, still, lapsed, now, vipRevenue[k], identified[k]));
    }
    return List.copyOf(result);
  }

  // One pass over the lines: each identified line's amount to its month, and to the VIP total when its customer is a VIP then.
  private static void addRevenue(Ledger ledger, YearMonth first, int n, boolean[][] vip, long[] vipRevenue, long[] identified) {
    for (int line = 0; line < ledger.lineCount(); line++) {
      int c = ledger.lineCustomer(line);
      if (c == Ledger.NONE) continue;
      LocalDate date = ledger.lineDate(line);
      int k = (date.getYear() - first.getYear()) * 12 + date.getMonthValue() - first.getMonthValue();
      if (k < 0 || k >= n) continue;
      identified[k] += ledger.lineAmount(line);
      if (vip[k][c]) vipRevenue[k] += ledger.lineAmount(line);
    }
  }
}
