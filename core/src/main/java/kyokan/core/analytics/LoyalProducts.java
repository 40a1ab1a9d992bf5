package kyokan.core.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Q8: what the active 優良 customers prefer. Products they bought in the 365-day window, ranked by
 * their net amount (= by share), ties by product code. Lines without a product count in both totals
 * but in no row.
 *
 * @param loyalRevenue the active 優良 customers' net amount in the window
 * @param identifiedRevenue all identified customers' net amount in the window
 */
public record LoyalProducts(AnalysisBasis basis, long loyalRevenue, long identifiedRevenue,
    List<ProductPreference> products) {

  public LoyalProducts {
    products = List.copyOf(products);
  }

  static LoyalProducts of(CustomerSnapshot s, CustomerList activeLoyal, AnalysisBasis basis) {
    Ledger ledger = s.ledger;
    long[] byProduct = new long[ledger.productCount];
    int[] lines = new int[ledger.productCount];
    long loyalTotal = 0;
    for (int i = 0; i < activeLoyal.size(); i++) {
      int c = activeLoyal.indexAt(i);
      for (int line = ledger.customerLineStart[c], end = ledger.customerLineStart[c + 1]; line < end; line++) {
        int day = ledger.lineDay[line];
        if (day > s.asOf) break;
        if (day < s.windowStart) continue;
        long amount = ledger.lineAmount[line];
        loyalTotal += amount;
        int p = ledger.lineProduct[line];
        if (p != Ledger.NONE) {
          byProduct[p] += amount;
          lines[p]++;
        }
      }
    }
    long identified = ledger.identifiedRevenue(s.windowStart, s.asOf);
    List<ProductPreference> rows = new ArrayList<>();
    for (int p : WindowRanking.productsBy(lines, byProduct, ledger.productCodeRank)) {
      rows.add(new ProductPreference(ledger.product(p), byProduct[p], new Ratio(byProduct[p], loyalTotal),
          s.productWindowIdentified[p], new Ratio(s.productWindowIdentified[p], identified)));
    }
    return new LoyalProducts(basis, loyalTotal, identified, rows);
  }
}
