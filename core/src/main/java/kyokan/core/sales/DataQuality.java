package kyokan.core.sales;

import java.time.LocalDate;
import java.util.List;

/**
 * How complete and usable a client's ledger is (step 1). Money in the currency's minor unit; revenue is
 * net (negative lines included). See {@link DataQualityService} for how each count is defined.
 *
 * @param firstSale null when the ledger is empty, like {@code lastSale}
 * @param orders identified orders + anonymous orders
 * @param customers customers with at least one purchase (an order with net amount &gt; 0)
 * @param customerRecords live (not merged) customer records
 * @param productsSold distinct products on sale lines
 * @param uncontactableCustomers live records with no phone, e-mail or address, or who refused contact
 * @param months every calendar month from the first sale's to the last sale's
 * @param negativeLines returns and cancellations: lines with a negative amount
 * @param negativeAmount their total (≤ 0), already netted into revenue
 */
public record DataQuality(LocalDate firstSale, LocalDate lastSale, long lines, long orders, long identifiedOrders,
    long anonymousOrders, long customers, long customerRecords, long productsSold, long productRecords, long revenue,
    long identifiedRevenue, long anonymousLines, long linesWithoutProduct, long uncontactableCustomers,
    int duplicateGroups, List<MonthlyCapture> months, long negativeLines, long negativeAmount) {

  /** Identified revenue ÷ revenue over the whole ledger; null when revenue is not positive. */
  public Double captureRate() {
    return share(identifiedRevenue, revenue);
  }

  public long anonymousRevenue() {
    return revenue - identifiedRevenue;
  }

  /** Anonymous lines ÷ lines; null for an empty ledger. */
  public Double anonymousLineShare() {
    return share(anonymousLines, lines);
  }

  /** Anonymous revenue ÷ revenue; null when revenue is not positive. */
  public Double anonymousRevenueShare() {
    return share(anonymousRevenue(), revenue);
  }

  static Double share(long part, long whole) {
    return whole > 0 ? (double) part / whole : null;
  }
}
