package kyokan.core.importing;

import static kyokan.core.importing.TargetField.*;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ready-made sale-line mappings for the exports shops most often bring. Columns are found by header name,
 * so a preset still fits when the export's columns are reordered or a few are added.
 */
public enum MappingPreset {
  /** Shopify "orders_export.csv": one row per line item; the customer is known by e-mail. */
  SHOPIFY_ORDERS(AmountSource.QUANTITY_TIMES_PRICE, DateOrder.YMD, false,
      Map.of(ORDER_NO, List.of("Name"), DATE, List.of("Created at", "Paid at"), CUSTOMER_CODE, List.of("Email"),
          CUSTOMER_NAME, List.of("Billing Name", "Shipping Name"), PRODUCT_NAME, List.of("Lineitem name"),
          PRODUCT_CODE, List.of("Lineitem sku"), QUANTITY, List.of("Lineitem quantity"), UNIT_PRICE, List.of("Lineitem price")),
      List.of(List.of("Name"), List.of("Lineitem name"), List.of("Lineitem quantity"), List.of("Lineitem price"))),
  /** Square "items-….csv" (item sales detail): amounts are net sales with a currency sign. */
  SQUARE_ITEM_SALES(AmountSource.AMOUNT_COLUMN, DateOrder.MDY, false,
      Map.of(DATE, List.of("Date"), TIME, List.of("Time"), ORDER_NO, List.of("Transaction ID"),
          CUSTOMER_CODE, List.of("Customer ID", "Customer Reference ID"), CUSTOMER_NAME, List.of("Customer Name"),
          PRODUCT_NAME, List.of("Item"), PRODUCT_CODE, List.of("SKU"), QUANTITY, List.of("Qty"),
          AMOUNT, List.of("Net Sales", "Gross Sales")),
      List.of(List.of("Transaction ID"), List.of("Item"), List.of("Qty"), List.of("Net Sales", "Gross Sales"))),
  /** Airレジ 会計明細: one row per item of a bill; 会計ID is unique while 伝票番号 may restart. */
  AIRREGI_SALES_DETAIL(AmountSource.AMOUNT_COLUMN, DateOrder.YMD, false,
      Map.of(DATE, List.of("会計日", "会計日時", "売上日"), TIME, List.of("会計時間", "会計時刻"),
          ORDER_NO, List.of("会計ID", "伝票番号", "会計番号"), CUSTOMER_CODE, List.of("顧客番号", "会員番号", "顧客ID"),
          CUSTOMER_NAME, List.of("顧客名", "会員名", "お客様名"), PRODUCT_NAME, List.of("商品名"),
          PRODUCT_CODE, List.of("商品コード", "商品ID"), QUANTITY, List.of("数量"), UNIT_PRICE, List.of("単価", "商品単価"),
          AMOUNT, List.of("税込金額", "小計", "金額", "合計")),
      List.of(List.of("会計日", "会計日時"), List.of("会計ID", "伝票番号"), List.of("商品名"))),
  /**
   * The UCI "Online Retail" line format: prices in pounds and pence, amount = quantity × price, and invoices
   * starting with "C" are cancellations.
   */
  ONLINE_RETAIL(AmountSource.QUANTITY_TIMES_PRICE, DateOrder.MDY, true,
      Map.of(ORDER_NO, List.of("Invoice", "InvoiceNo"), PRODUCT_CODE, List.of("StockCode"),
          PRODUCT_NAME, List.of("Description"), QUANTITY, List.of("Quantity"), DATE, List.of("InvoiceDate"),
          UNIT_PRICE, List.of("Price", "UnitPrice"), CUSTOMER_CODE, List.of("Customer ID", "CustomerID")),
      List.of(List.of("Invoice", "InvoiceNo"), List.of("StockCode"), List.of("InvoiceDate"), List.of("Quantity")));

  private final AmountSource amountSource;
  private final DateOrder dateOrder;
  private final boolean cancelPrefixC;
  private final Map<TargetField, List<String>> headers;
  private final List<List<String>> signature;

  MappingPreset(AmountSource amountSource, DateOrder dateOrder, boolean cancelPrefixC,
      Map<TargetField, List<String>> headers, List<List<String>> signature) {
    this.amountSource = amountSource;
    this.dateOrder = dateOrder;
    this.cancelPrefixC = cancelPrefixC;
    this.headers = new EnumMap<>(headers);
    this.signature = signature;
  }

  /** The first preset whose telltale columns are all in the header. */
  public static Optional<MappingPreset> detect(List<String> header) {
    return Arrays.stream(values()).filter(p -> p.fits(header)).findFirst();
  }

  /** Whether the header has this export's telltale columns. */
  public boolean fits(List<String> header) {
    List<String> names = header.stream().map(HeaderText::normalize).toList();
    return signature.stream().allMatch(alternatives -> alternatives.stream().anyMatch(a -> names.contains(HeaderText.normalize(a))));
  }

  /**
   * This preset's mapping for a header; fields whose columns are missing stay unmapped.
   *
   * @param minorDigits the client currency's minor-unit digits (Online Retail is in GBP: 2)
   */
  public ColumnMapping apply(List<String> header, int minorDigits) {
    List<String> names = header.stream().map(HeaderText::normalize).toList();
    List<String> keys = ColumnMapping.columnKeys(header);
    Map<TargetField, String> columns = new EnumMap<>(TargetField.class);
    headers.forEach((field, candidates) -> {
      for (String candidate : candidates) {
        int at = names.indexOf(HeaderText.normalize(candidate));
        if (at >= 0) {
          columns.put(field, keys.get(at));
          break;
        }
      }
    });
    return new ColumnMapping(ImportKind.SALES, columns, dateOrder, amountSource, minorDigits, cancelPrefixC);
  }
}
