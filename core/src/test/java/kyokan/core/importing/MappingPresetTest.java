package kyokan.core.importing;

import static kyokan.core.importing.TargetField.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kyokan.core.sales.SaleLineInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingPresetTest {
  private static final String SHOPIFY_HEADER = "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,"
      + "Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,"
      + "Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,"
      + "Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing City,Billing Zip,Billing Phone,"
      + "Shipping Name,Notes,Cancelled at,Payment Method,Refunded Amount,Vendor,Id,Tags,Source,Lineitem discount";
  private static final String SQUARE_HEADER = "Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,"
      + "Gross Sales,Discounts,Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,Location,"
      + "Dining Option,Customer ID,Customer Name,Customer Reference ID,Unit,Count,Itemization Type";
  private static final String AIRREGI_HEADER = "会計ID,伝票番号,会計日,会計時間,取引区分,顧客番号,顧客名,カテゴリー,商品コード,"
      + "商品名,単価,数量,小計,値引き,税率,税込金額,支払方法";
  private static final String ONLINE_RETAIL_HEADER = "Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country";

  @TempDir
  Path dir;

  private List<ParsedRow<SaleLineInput>> importWithProposal(String csv, int minorDigits, MappingPreset expected) throws IOException {
    Path file = Fixtures.utf8WithBom(dir, "export.csv", csv);
    ImportOptions options = ImportOptions.detect(file);
    TablePreview preview = TableReader.preview(file, options, 20);
    assertEquals(Optional.of(expected), MappingPreset.detect(preview.header()));
    ColumnMapping mapping = MappingProposer.propose(ImportKind.SALES, preview, minorDigits);
    assertEquals(expected.apply(preview.header(), minorDigits), mapping);
    List<ParsedRow<SaleLineInput>> rows = new ArrayList<>();
    try (ImportRows<SaleLineInput> it = ImportFileReader.readSales(file, options, mapping, null)) {
      it.forEachRemaining(rows::add);
    }
    rows.forEach(r -> assertTrue(r.isValid(), r.problems().toString()));
    return rows;
  }

  @Test
  void shopifyOrdersExportReadsLineItemsWithTheOrderCarriedToLaterLines() throws IOException {
    String csv = SHOPIFY_HEADER + "\n"
        + "#1001,hanako@example.jp,paid,2024-01-05 10:00:00 +0900,fulfilled,2024-01-06 09:00:00 +0900,yes,JPY,2700,0,245,2700,,0,"
        + "宅配便,2024-01-05 10:00:00 +0900,2,コーヒー豆 ブレンド 200g,1200.00,,BLEND-200,true,true,fulfilled,山田 花子,"
        + "桜町1-2-3,渋谷区,150-0001,090-0000-0000,山田 花子,,,Shopify Payments,0,Kyokan,5550001,,web,0\n"
        + "#1001,hanako@example.jp,,,,,,,,,,,,,,2024-01-05 10:00:00 +0900,1,ドリップバッグ,300.00,,DRIP-1,true,true,"
        + "fulfilled,,,,,,,,,,,Kyokan,,,,0\n";

    List<ParsedRow<SaleLineInput>> rows = importWithProposal(csv, 0, MappingPreset.SHOPIFY_ORDERS);

    assertEquals(new SaleLineInput(LocalDate.of(2024, 1, 5), LocalTime.of(10, 0), "#1001", 1, "hanako@example.jp",
        "山田 花子", "BLEND-200", "コーヒー豆 ブレンド 200g", 2, 2400), rows.get(0).value());
    assertEquals(new SaleLineInput(LocalDate.of(2024, 1, 5), LocalTime.of(10, 0), "#1001", 2, "hanako@example.jp",
        "山田 花子", "DRIP-1", "ドリップバッグ", 1, 300), rows.get(1).value());
  }

  @Test
  void squareItemSalesReadNetSalesWithCurrencySignsAndRefunds() throws IOException {
    String csv = SQUARE_HEADER + "\n"
        + "2024-01-05,10:23:45,Asia/Tokyo,コーヒー,カフェラテ,2,Regular,LATTE-R,,\"¥1,100\",¥0,\"¥1,000\",¥91,Tx123,Pay1,"
        + "iPad,,,Payment,本店,,CUST9,佐藤 一郎,,ea,2,Physical Item\n"
        + "01/06/2024,11:00:00,Asia/Tokyo,コーヒー,カフェラテ,-1,Regular,LATTE-R,,-¥550,¥0,-¥500,-¥45,Tx200,Pay2,"
        + "iPad,,,Refund,本店,,CUST9,佐藤 一郎,,ea,-1,Physical Item\n";

    List<ParsedRow<SaleLineInput>> rows = importWithProposal(csv, 0, MappingPreset.SQUARE_ITEM_SALES);

    assertEquals(new SaleLineInput(LocalDate.of(2024, 1, 5), LocalTime.of(10, 23, 45), "Tx123", 1, "CUST9", "佐藤 一郎",
        "LATTE-R", "カフェラテ", 2, 1000), rows.get(0).value());
    assertEquals(-1, rows.get(1).value().quantity());
    assertEquals(-500, rows.get(1).value().amount());
    assertEquals(LocalDate.of(2024, 1, 6), rows.get(1).value().date());
  }

  @Test
  void squareInDollarsKeepsCents() throws IOException {
    String csv = SQUARE_HEADER + "\n2024-01-05,10:23:45,America/New_York,Coffee,Latte,1,Regular,LATTE-R,,$4.75,$0.00,$4.25,"
        + "$0.38,Tx9,Pay9,iPad,,,Payment,Main,,,,,ea,1,Physical Item\n";

    SaleLineInput line = importWithProposal(csv, 2, MappingPreset.SQUARE_ITEM_SALES).get(0).value();

    assertEquals(425, line.amount());
    assertTrue(line.isAnonymous());
  }

  @Test
  void airRegiSalesDetailReadsTaxIncludedAmountsAndTheUniqueBillId() throws IOException {
    String csv = AIRREGI_HEADER + "\n"
        + "10000001,0001,2024/01/05,10:23,会計,M00123,鈴木 次郎,ドリンク,D001,アイスコーヒー,450,2,900,0,10%,990,現金\n"
        + "10000001,0001,2024/01/05,10:23,会計,M00123,鈴木 次郎,フード,F010,チーズケーキ,\"¥500\",1,500,-50,8%,486,現金\n"
        + "10000002,0002,2024/01/05,11:02,会計,,,ドリンク,D001,アイスコーヒー,450,1,450,0,10%,495,現金\n";

    List<ParsedRow<SaleLineInput>> rows = importWithProposal(csv, 0, MappingPreset.AIRREGI_SALES_DETAIL);

    assertEquals(new SaleLineInput(LocalDate.of(2024, 1, 5), LocalTime.of(10, 23), "10000001", 1, "M00123", "鈴木 次郎",
        "D001", "アイスコーヒー", 2, 990), rows.get(0).value());
    assertEquals(2, rows.get(1).value().lineNo());
    assertEquals(486, rows.get(1).value().amount());
    assertTrue(rows.get(2).value().isAnonymous());
  }

  @Test
  void airRegiVariantWithDateTimeInOneColumnAndMemberNumberStillMaps() {
    List<String> header = List.of("伝票番号", "会計日時", "会員番号", "商品名", "数量", "小計");

    ColumnMapping m = MappingPreset.AIRREGI_SALES_DETAIL.apply(header, 0);

    assertEquals(Optional.of(MappingPreset.AIRREGI_SALES_DETAIL), MappingPreset.detect(header));
    assertEquals("会計日時", m.column(DATE).orElseThrow());
    assertEquals("会員番号", m.column(CUSTOMER_CODE).orElseThrow());
    assertEquals("伝票番号", m.column(ORDER_NO).orElseThrow());
    assertEquals("小計", m.column(AMOUNT).orElseThrow());
  }

  @Test
  void onlineRetailComputesPenceFromQuantityTimesPriceAndKeepsCancellationsNegative() throws IOException {
    String csv = ONLINE_RETAIL_HEADER + "\n"
        + "489434,85048,15CM CHRISTMAS GLASS BALL 20 LIGHTS,6,2009-12-01 07:45:00,2.10,13085.0,United Kingdom\n"
        + "489434,79323P,PINK CHERRY LIGHTS,12,2009-12-01 07:45:00,6.75,13085.0,United Kingdom\n"
        + "C489449,22087,PAPER BUNTING WHITE LACE,-12,2009-12-01 10:33:00,0.29,16321.0,Australia\n"
        + "489436,21755,LOVE BUILDING BLOCK WORD,1,2009-12-01 09:06:00,5.95,,United Kingdom\n";

    List<ParsedRow<SaleLineInput>> rows = importWithProposal(csv, 2, MappingPreset.ONLINE_RETAIL);

    assertEquals(new SaleLineInput(LocalDate.of(2009, 12, 1), LocalTime.of(7, 45), "489434", 1, "13085", null, "85048",
        "15CM CHRISTMAS GLASS BALL 20 LIGHTS", 6, 1260), rows.get(0).value());
    assertEquals(2, rows.get(1).value().lineNo());
    assertEquals(8100, rows.get(1).value().amount());
    SaleLineInput cancelled = rows.get(2).value();
    assertEquals(-12, cancelled.quantity());
    assertEquals(-348, cancelled.amount());
    assertTrue(rows.get(3).value().isAnonymous());
  }

  @Test
  void originalOnlineRetailWithUsStyleDatesAndOtherHeaderNames() throws IOException {
    String csv = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
        + "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom\n"
        + "C536379,D,Discount,1,12/1/2010 9:41,27.50,14527,United Kingdom\n";

    List<ParsedRow<SaleLineInput>> rows = importWithProposal(csv, 2, MappingPreset.ONLINE_RETAIL);

    assertEquals(new SaleLineInput(LocalDate.of(2010, 12, 1), LocalTime.of(8, 26), "536365", 1, "17850", null, "85123A",
        "WHITE HANGING HEART T-LIGHT HOLDER", 6, 1530), rows.get(0).value());
    assertEquals(-1, rows.get(1).value().quantity(), "a C invoice with a positive quantity is still a cancellation");
    assertEquals(-2750, rows.get(1).value().amount());
  }

  @Test
  void presetsFitWhenColumnsAreReordered() {
    List<String> header = List.of("Country", "Customer ID", "Price", "InvoiceDate", "Quantity", "Description", "StockCode", "Invoice");

    ColumnMapping m = MappingPreset.ONLINE_RETAIL.apply(header, 2);

    assertEquals(7, m.columns().size());
    assertEquals("Invoice", m.column(ORDER_NO).orElseThrow());
    assertEquals(AmountSource.QUANTITY_TIMES_PRICE, m.amountSource());
    assertTrue(m.cancelPrefixC());
  }

  @Test
  void aPlainJapaneseFileIsNoPreset() {
    assertEquals(Optional.empty(), MappingPreset.detect(List.of("日付", "顧客番号", "金額")));
  }
}
