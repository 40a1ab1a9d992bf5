package kyokan.core.sales;

/**
 * What the ledger can store of a sale line: a date, and texts within the column sizes. The importer can
 * check its lines with {@link #storable} first; an import counts a line that fails it as skipped.
 */
public final class SaleLineRules {
  public static final int MAX_CODE = 100;
  public static final int MAX_ORDER_NO = 100;
  public static final int MAX_CUSTOMER_NAME = 200;
  public static final int MAX_PRODUCT_NAME = 300;

  private SaleLineRules() {}

  public static boolean storable(SaleLineInput line) {
    return line.date() != null
        && !Text.tooLong(line.orderNo(), MAX_ORDER_NO)
        && !Text.tooLong(line.customerCode(), MAX_CODE)
        && !Text.tooLong(line.productCode(), MAX_CODE)
        && !Text.tooLong(line.customerName(), MAX_CUSTOMER_NAME)
        && !Text.tooLong(line.productName(), MAX_PRODUCT_NAME);
  }
}
