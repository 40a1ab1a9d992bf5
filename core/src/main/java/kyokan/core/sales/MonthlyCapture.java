package kyokan.core.sales;

import java.time.YearMonth;

/**
 * One calendar month of sales: net revenue (negative lines included) and the part of it from identified
 * customers. A month without sales has zeros.
 */
public record MonthlyCapture(YearMonth month, long lines, long revenue, long identifiedRevenue) {

  /** Identified revenue ÷ revenue; null when the month's revenue is not positive. */
  public Double captureRate() {
    return DataQuality.share(identifiedRevenue, revenue);
  }

  public long anonymousRevenue() {
    return revenue - identifiedRevenue;
  }
}
