package kyokan.core.sales;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.db.Database;

/**
 * Data-quality figures for one client's ledger (step 1).
 *
 * <p>Orders follow METHOD.md: an identified customer's order is their lines with one order number, or,
 * without an order number, their lines on one calendar day. Anonymous lines cannot be told apart by
 * customer, so each distinct order number among them counts as one order and each anonymous line without
 * an order number as an order of its own. Orders are counted whatever their net amount; "customers" are
 * only those with a purchase (an order with net amount &gt; 0). Capture rate = identified revenue ÷ all
 * revenue, both net of negative lines, per calendar month.
 */
public final class DataQualityService {
  private final Database db;

  public DataQualityService(Database db) {
    this.db = db;
  }

  public DataQuality figures(long clientId) {
    return db.read(s -> {
      DataQualityMapper m = s.getMapper(DataQualityMapper.class);
      List<LedgerMonth> rows = m.selectMonths(clientId);
      LedgerCounts orders = m.selectOrders(clientId);
      LedgerCounts c = m.selectCounts(clientId);
      int duplicateGroups = CustomerMergeService.countGroups(s, clientId);
      long lines = 0;
      long revenue = 0;
      long identified = 0;
      long anonymousLines = 0;
      long withoutProduct = 0;
      long negativeLines = 0;
      long negativeAmount = 0;
      for (LedgerMonth r : rows) {
        negativeLines += r.getNegativeLines();
        negativeAmount += r.getNegativeAmount();
        lines += r.getLineCount();
        revenue += r.getRevenue();
        identified += r.getIdentifiedRevenue();
        anonymousLines += r.getAnonymousLines();
        withoutProduct += r.getLinesWithoutProduct();
      }
      LocalDate first = rows.isEmpty() ? null : rows.get(0).getFirstSale();
      LocalDate last = rows.isEmpty() ? null : rows.get(rows.size() - 1).getLastSale();
      long anonymousOrders = c.getAnonymousOrderNumbers() + c.getAnonymousLinesWithoutOrder();
      return new DataQuality(first, last, lines, orders.getIdentifiedOrders() + anonymousOrders,
          orders.getIdentifiedOrders(), anonymousOrders, orders.getCustomers(), c.getCustomerRecords(),
          c.getProductsSold(), c.getProductRecords(), revenue, identified, anonymousLines, withoutProduct,
          c.getUncontactable(), duplicateGroups, everyMonth(rows), negativeLines, negativeAmount);
    });
  }

  /** Each month from the first to the last with sales, those without sales as zeros. */
  private static List<MonthlyCapture> everyMonth(List<LedgerMonth> rows) {
    if (rows.isEmpty()) return List.of();
    Map<YearMonth, LedgerMonth> byMonth = new HashMap<>();
    rows.forEach(r -> byMonth.put(monthOf(r), r));
    YearMonth last = monthOf(rows.get(rows.size() - 1));
    List<MonthlyCapture> months = new ArrayList<>();
    for (YearMonth m = monthOf(rows.get(0)); !m.isAfter(last); m = m.plusMonths(1)) {
      LedgerMonth r = byMonth.get(m);
      months.add(r == null ? new MonthlyCapture(m, 0, 0, 0)
          : new MonthlyCapture(m, r.getLineCount(), r.getRevenue(), r.getIdentifiedRevenue()));
    }
    return List.copyOf(months);
  }

  private static YearMonth monthOf(LedgerMonth row) {
    return YearMonth.of(row.getSaleYear(), row.getSaleMonth());
  }
}
