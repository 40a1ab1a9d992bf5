package kyokan.core.importing;

import static kyokan.core.importing.TargetField.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingProposerTest {
  @TempDir
  Path dir;

  private static TablePreview preview(List<String> header, List<List<String>> rows) {
    long[] n = {1};
    return new TablePreview(ImportOptions.csv(), header, rows.stream().map(r -> new TableRow(++n[0], r)).toList());
  }

  private static Map<TargetField, String> columns(Object... fieldThenColumn) {
    Map<TargetField, String> map = new EnumMap<>(TargetField.class);
    for (int i = 0; i < fieldThenColumn.length; i += 2) map.put((TargetField) fieldThenColumn[i], (String) fieldThenColumn[i + 1]);
    return map;
  }

  private static ColumnMapping propose(ImportKind kind, String... header) {
    return MappingProposer.propose(kind, preview(List.of(header), List.of()), 0);
  }

  @Test
  void japaneseSalesHeadersMapBySynonyms() {
    ColumnMapping m = propose(ImportKind.SALES, "会員番号", "売上日", "時刻", "会計ID", "明細番号", "お名前", "品番", "品名", "個数", "単価", "税込金額");

    assertEquals(columns(CUSTOMER_CODE, "会員番号", DATE, "売上日", TIME, "時刻", ORDER_NO, "会計ID", LINE_NO, "明細番号",
        CUSTOMER_NAME, "お名前", PRODUCT_CODE, "品番", PRODUCT_NAME, "品名", QUANTITY, "個数", UNIT_PRICE, "単価",
        AMOUNT, "税込金額"), m.columns());
    assertEquals(AmountSource.AMOUNT_COLUMN, m.amountSource());
  }

  @Test
  void englishHeadersMapRegardlessOfCaseSpacingAndWidth() {
    ColumnMapping m = propose(ImportKind.SALES, "customer_id", "INVOICE DATE", "Ｉｎｖｏｉｃｅ", "Qty", "Unit Price", "Product Name");

    assertEquals(columns(CUSTOMER_CODE, "customer_id", DATE, "INVOICE DATE", ORDER_NO, "Ｉｎｖｏｉｃｅ", QUANTITY, "Qty",
        UNIT_PRICE, "Unit Price", PRODUCT_NAME, "Product Name"), m.columns());
    assertEquals(AmountSource.QUANTITY_TIMES_PRICE, m.amountSource(), "no amount column: quantity × price");
  }

  @Test
  void englishSynonymsOfRealExportsMapEachToItsField() {
    // Each header beside the other fields' plainest names, so only the synonym itself decides.
    Object[][] cases = {
        {AMOUNT, "dollar_value"}, {AMOUNT, "value"}, {AMOUNT, "sales"}, {AMOUNT, "total"}, {AMOUNT, "price_total"},
        {AMOUNT, "revenue"}, {QUANTITY, "number_of_cds"}, {QUANTITY, "Number of items"}, {QUANTITY, "units"},
        {DATE, "trans_date"}, {DATE, "txn_date"}, {CUSTOMER_CODE, "customer_id"}, {CUSTOMER_CODE, "cust_id"},
    };
    for (Object[] c : cases) {
      TargetField field = (TargetField) c[0];
      String header = (String) c[1];
      java.util.List<String> headers = new java.util.ArrayList<>(List.of(header));
      if (field != DATE) headers.add("日付");
      if (field != AMOUNT) headers.add("金額");
      ColumnMapping m = propose(ImportKind.SALES, headers.toArray(String[]::new));
      assertEquals(header, m.columns().get(field), header + " → " + field + ": " + m.columns());
    }
  }

  @Test
  void headersWithExtraWordsMapLoosely() {
    ColumnMapping m = propose(ImportKind.SALES, "購入日（店舗）", "数量(個)", "金額(税込)", "お客様番号");

    assertEquals(columns(DATE, "購入日（店舗）", QUANTITY, "数量(個)", AMOUNT, "金額(税込)", CUSTOMER_CODE, "お客様番号"), m.columns());
  }

  @Test
  void anExactNameWinsOverALooseOne() {
    ColumnMapping m = propose(ImportKind.SALES, "売上金額合計", "金額", "日付");

    assertEquals("金額", m.column(AMOUNT).orElseThrow());
  }

  @Test
  void unknownHeadersStayUnmapped() {
    ColumnMapping m = propose(ImportKind.SALES, "日付", "金額", "天気", "担当者");

    assertEquals(columns(DATE, "日付", AMOUNT, "金額"), m.columns());
  }

  @Test
  void customerListMapsItsOwnFields() {
    ColumnMapping m = propose(ImportKind.CUSTOMERS, "コード", "氏名", "フリガナ", "電話番号", "メールアドレス", "〒", "住所",
        "生年月日", "備考", "DM可否");

    assertEquals(columns(CUSTOMER_CODE, "コード", CUSTOMER_NAME, "氏名", KANA, "フリガナ", PHONE, "電話番号",
        EMAIL, "メールアドレス", POSTAL_CODE, "〒", ADDRESS, "住所", BIRTHDAY, "生年月日", NOTES, "備考",
        CONTACT_CONSENT, "DM可否"), m.columns());
  }

  @Test
  void productListMapsCodeNameAndPrice() {
    assertEquals(columns(PRODUCT_CODE, "JANコード", PRODUCT_NAME, "名称", UNIT_PRICE, "販売価格"),
        propose(ImportKind.PRODUCTS, "JANコード", "名称", "販売価格").columns());
  }

  @Test
  void shiftJisFileWithJapaneseHeadersGetsItsMappingProposed() throws IOException {
    Path file = Fixtures.text(dir, "airregi.csv",
        "顧客番号,購入日,伝票番号,商品コード,商品名,数量,合計\r\n00123,2024/1/5,R-1,A01,ﾌﾞﾚﾝﾄﾞ,1,\"￥1,200\"\r\n", Fixtures.SHIFT_JIS);
    ImportOptions options = ImportOptions.detect(file);

    ColumnMapping m = MappingProposer.propose(ImportKind.SALES, TableReader.preview(file, options, 10), 0);

    assertEquals(TextEncoding.SHIFT_JIS, options.encoding());
    assertEquals(columns(CUSTOMER_CODE, "顧客番号", DATE, "購入日", ORDER_NO, "伝票番号", PRODUCT_CODE, "商品コード",
        PRODUCT_NAME, "商品名", QUANTITY, "数量", AMOUNT, "合計"), m.columns());
  }

  @Test
  void dateOrderIsGuessedFromTheFirstRows() {
    List<String> header = List.of("Date", "Amount");

    assertEquals(DateOrder.DMY, MappingProposer.propose(ImportKind.SALES,
        preview(header, List.of(List.of("05/01/2024", "1"), List.of("13/01/2024", "1"))), 0).dateOrder());
    assertEquals(DateOrder.MDY, MappingProposer.propose(ImportKind.SALES,
        preview(header, List.of(List.of("01/13/2024", "1"))), 0).dateOrder());
    assertEquals(DateOrder.MDY, MappingProposer.propose(ImportKind.SALES,
        preview(header, List.of(List.of("01/05/2024", "1"))), 0).dateOrder(), "undecided: month first");
    assertEquals(DateOrder.YMD, MappingProposer.propose(ImportKind.SALES,
        preview(header, List.of(List.of("2024/01/13", "1"))), 0).dateOrder());
  }

  @Test
  void lastMonthsMappingIsProposedAgainEvenWhenColumnsMoved() {
    ColumnMapping saved = ColumnMapping.empty(ImportKind.SALES, 0).withColumn(DATE, "売上日").withColumn(AMOUNT, "売上")
        .withColumn(CUSTOMER_CODE, "ポイントカード").withDateOrder(DateOrder.DMY);

    ColumnMapping m = MappingProposer.propose(ImportKind.SALES,
        preview(List.of("ポイントカード", "売上", "売上日", "商品名"), List.of()), 0, saved);

    assertEquals(saved, m, "the user's choices win; the unmapped product name stays unmapped");
  }

  @Test
  void aSavedColumnThatIsGoneIsProposedAgainFromSynonyms() {
    ColumnMapping saved = ColumnMapping.empty(ImportKind.SALES, 0).withColumn(DATE, "売上日").withColumn(AMOUNT, "売上");

    ColumnMapping m = MappingProposer.propose(ImportKind.SALES, preview(List.of("日付", "売上"), List.of()), 0, saved);

    assertEquals(columns(DATE, "日付", AMOUNT, "売上"), m.columns());
  }

  @Test
  void savedMappingForAnotherKindIsIgnored() {
    ColumnMapping saved = ColumnMapping.empty(ImportKind.CUSTOMERS, 0).withColumn(CUSTOMER_CODE, "x");

    ColumnMapping m = MappingProposer.propose(ImportKind.SALES, preview(List.of("日付", "金額"), List.of()), 0, saved);

    assertEquals(ImportKind.SALES, m.kind());
    assertFalse(m.columns().isEmpty());
  }
}
