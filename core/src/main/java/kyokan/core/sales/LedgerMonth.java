package kyokan.core.sales;

import java.time.LocalDate;

/** One month's totals as the data-quality query returns them. Public only because the mapper proxy must see it. */
public final class LedgerMonth {
  private int saleYear;
  private int saleMonth;
  private LocalDate firstSale;
  private LocalDate lastSale;
  private long lineCount;
  private long revenue;
  private long identifiedRevenue;
  private long anonymousLines;
  private long linesWithoutProduct;
  private long negativeLines;
  private long negativeAmount;

  int getSaleYear() { return saleYear; }
  int getSaleMonth() { return saleMonth; }
  LocalDate getFirstSale() { return firstSale; }
  LocalDate getLastSale() { return lastSale; }
  long getLineCount() { return lineCount; }
  long getRevenue() { return revenue; }
  long getIdentifiedRevenue() { return identifiedRevenue; }
  long getAnonymousLines() { return anonymousLines; }
  long getLinesWithoutProduct() { return linesWithoutProduct; }
  long getNegativeLines() { return negativeLines; }
  long getNegativeAmount() { return negativeAmount; }
}
