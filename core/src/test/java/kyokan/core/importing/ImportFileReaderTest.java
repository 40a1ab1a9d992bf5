package kyokan.core.importing;

import static kyokan.core.importing.TargetField.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kyokan.core.sales.CustomerInput;
import kyokan.core.sales.ProductInput;
import kyokan.core.sales.SaleLineInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFileReaderTest {
  private static final ColumnMapping SALES = ColumnMapping.empty(ImportKind.SALES, 0)
      .withColumn(DATE, "日付").withColumn(ORDER_NO, "伝票番号").withColumn(CUSTOMER_CODE, "顧客番号")
      .withColumn(QUANTITY, "数量").withColumn(AMOUNT, "金額");

  @TempDir
  Path dir;

  private List<ParsedRow<SaleLineInput>> sales(String csv, ColumnMapping mapping) throws IOException {
    Path file = Fixtures.utf8(dir, "sales.csv", csv);
    List<ParsedRow<SaleLineInput>> rows = new ArrayList<>();
    try (ImportRows<SaleLineInput> it = ImportFileReader.readSales(file, ImportOptions.detect(file), mapping, null)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void linesOfAnOrderAreNumberedInFileOrderWhenTheFileHasNoLineNumbers() throws IOException {
    List<ParsedRow<SaleLineInput>> rows = sales("日付,伝票番号,顧客番号,数量,金額\n"
        + "2024-01-05,A,1,1,100\n2024-01-05,A,1,1,100\n2024-01-05,B,2,1,100\n2024-01-05,A,1,1,100\n"
        + "2024-01-05,,3,1,100\n2024-01-05,B,2,1,abc\n2024-01-05,B,2,1,100\n", SALES);

    List<Integer> lineNos = rows.stream().map(r -> r.isValid() ? r.value().lineNo() : null).toList();
    assertEquals(java.util.Arrays.asList(1, 2, 1, 3, null, null, 3), lineNos,
        "a line without an order has no number; a bad line still takes its place so re-imports keep their keys");
  }

  @Test
  void lineNumbersFromTheFileAreKept() throws IOException {
    List<ParsedRow<SaleLineInput>> rows = sales("日付,伝票番号,行,金額\n2024-01-05,A,10,100\n2024-01-05,A,20,100\n",
        ColumnMapping.empty(ImportKind.SALES, 0).withColumn(DATE, "日付").withColumn(ORDER_NO, "伝票番号")
            .withColumn(LINE_NO, "行").withColumn(AMOUNT, "金額"));

    assertEquals(List.of(10, 20), rows.stream().map(r -> r.value().lineNo()).toList());
  }

  @Test
  void blankCustomerIsAnAnonymousLineAndSpreadsheetFloatsBecomeCodes() throws IOException {
    List<ParsedRow<SaleLineInput>> rows = sales("日付,伝票番号,顧客番号,数量,金額\n"
        + "2024-01-05,1,13085.0,1,100\n2024-01-05,2,  ,1,100\n2024-01-05,3,ＡＢ１２,1,100\n", SALES);

    assertEquals("13085", rows.get(0).value().customerCode());
    assertNull(rows.get(1).value().customerCode());
    assertTrue(rows.get(1).value().isAnonymous());
    assertEquals("AB12", rows.get(2).value().customerCode());
  }

  @Test
  void returnsReduceAmountsEvenWhenTheFileWritesThemPositive() throws IOException {
    List<ParsedRow<SaleLineInput>> rows = sales("日付,伝票番号,顧客番号,数量,金額\n"
        + "2024-01-05,1,7,-1,\"1,200\"\n2024-01-05,2,7,1,▲300\n2024-01-05,3,7,,500\n", SALES);

    assertEquals(-1200, rows.get(0).value().amount());
    assertEquals(-1, rows.get(0).value().quantity());
    assertEquals(-300, rows.get(1).value().amount());
    assertEquals(1, rows.get(1).value().quantity(), "a discount line keeps its quantity");
    assertEquals(1, rows.get(2).value().quantity(), "no quantity: one");
  }

  @Test
  void cancellationPrefixMakesAPositiveLineNegativeOnlyWhenAsked() throws IOException {
    String csv = "日付,伝票番号,顧客番号,数量,金額\n2024-01-05,C100,7,2,800\n";

    assertEquals(800, sales(csv, SALES).get(0).value().amount());
    SaleLineInput cancelled = sales(csv, SALES.withCancelPrefixC(true)).get(0).value();
    assertEquals(-2, cancelled.quantity());
    assertEquals(-800, cancelled.amount());
  }

  @Test
  void quantityTimesPriceNeedsBothValues() throws IOException {
    ColumnMapping mapping = ColumnMapping.empty(ImportKind.SALES, 0).withColumn(DATE, "日付").withColumn(QUANTITY, "数量")
        .withColumn(UNIT_PRICE, "単価").withAmountSource(AmountSource.QUANTITY_TIMES_PRICE);

    List<ParsedRow<SaleLineInput>> rows = sales("日付,数量,単価\n2024-01-05,3,\"¥1,200\"\n2024-01-05,,100\n2024-01-05,1,\n"
        + "2024-01-05,1,12.5\n", mapping);

    assertEquals(3600, rows.get(0).value().amount());
    assertEquals(List.of(ProblemKind.REQUIRED_MISSING), rows.get(1).problems().stream().map(RowProblem::kind).toList());
    assertEquals("数量", rows.get(1).problems().get(0).column());
    assertEquals("単価", rows.get(2).problems().get(0).column());
    assertEquals(ProblemKind.UNIT_PRICE_INVALID, rows.get(3).problems().get(0).kind());
  }

  @Test
  void problemsGiveRowColumnValueAndAPlainJapaneseReason() throws IOException {
    List<ParsedRow<SaleLineInput>> rows = sales("日付,伝票番号,顧客番号,数量,金額\n"
        + "2024/2/30,1,7,1.5,千円\n\n2024-01-05,2," + "x".repeat(101) + ",1,100\n,3,7,1,\n", SALES);

    assertEquals(List.of(
        new RowProblem(2, "日付", "2024/2/30", ProblemKind.DATE_INVALID, "存在しない日付です。"),
        new RowProblem(2, "数量", "1.5", ProblemKind.QUANTITY_INVALID, "整数で書いてください（小数は使えません）。"),
        new RowProblem(2, "金額", "千円", ProblemKind.AMOUNT_INVALID, ProblemKind.AMOUNT_INVALID.defaultReason())),
        rows.get(0).problems());
    assertEquals(4, rows.get(1).rowNumber(), "the blank line is skipped but still counted in row numbers");
    assertEquals(ProblemKind.TOO_LONG, rows.get(1).problems().get(0).kind());
    assertEquals(List.of(ProblemKind.DATE_MISSING, ProblemKind.AMOUNT_MISSING),
        rows.get(2).problems().stream().map(RowProblem::kind).toList());
    assertFalse(rows.get(0).isValid());
  }

  @Test
  void validationListsTheFirstHundredProblemsAndCountsThemAll() throws IOException {
    StringBuilder csv = new StringBuilder("日付,伝票番号,顧客番号,数量,金額\n");
    for (int i = 0; i < 150; i++) csv.append("someday,").append(i).append(",7,1,100\n");
    for (int i = 0; i < 30; i++) csv.append("2024-01-05,x").append(i).append(",7,1,abc\n");
    for (int i = 0; i < 20; i++) csv.append("2024-01-05,y").append(i).append(",7,1,100\n");
    csv.append(",,,,\n");
    Path file = Fixtures.utf8(dir, "bad.csv", csv.toString());
    List<ImportProgress> progress = new ArrayList<>();

    ValidationSummary summary = ImportFileReader.validate(file, ImportOptions.detect(file), SALES, progress::add);

    assertEquals(200, summary.totalRows());
    assertEquals(20, summary.validRows());
    assertEquals(180, summary.invalidRows());
    assertEquals(ProblemTally.MAX_LISTED, summary.firstProblems().size());
    assertEquals(2, summary.firstProblems().get(0).rowNumber());
    assertEquals(Map.of(ProblemKind.DATE_INVALID, 150L, ProblemKind.AMOUNT_INVALID, 30L), summary.problemCounts());
    assertEquals(180, summary.problemCount());
    assertFalse(summary.isClean());
    assertEquals(1.0, progress.get(progress.size() - 1).shareDone().getAsDouble());
  }

  @Test
  void mappingThatDoesNotFitTheFileIsRefusedBeforeReading() throws IOException {
    Path file = Fixtures.utf8(dir, "other.csv", "売上日,合計\n2024-01-05,100\n");

    ImportMappingException e = assertThrows(ImportMappingException.class,
        () -> ImportFileReader.validate(file, ImportOptions.detect(file), SALES, null));
    assertEquals(List.of(DATE, ORDER_NO, CUSTOMER_CODE, QUANTITY, AMOUNT), e.problems().stream().map(MappingProblem::field).toList());
  }

  @Test
  void mappingOfAnotherKindIsAProgrammingError() throws IOException {
    Path file = Fixtures.utf8(dir, "c.csv", "日付,金額\n");

    assertThrows(IllegalArgumentException.class,
        () -> ImportFileReader.readCustomers(file, ImportOptions.csv(), SALES, null));
  }

  @Test
  void customersAreReadWithTheirDetailsNormalised() throws IOException {
    Path file = Fixtures.text(dir, "customers.csv", "会員番号,氏名,フリガナ,電話番号,メール,郵便番号,住所,生年月日,DM可否,備考\n"
        + "１２３,田中 さくら,ﾀﾅｶ ｻｸﾗ,０９０－１２３４－５６７８,Sakura@Example.jp,〒1500001,東京都渋谷区,1985/3/4,可,常連\n"
        + ",,,,,,,,,\n"
        + ",名無し,,,not-an-email,,,1985/13/40,たぶん,\n"
        + ",,,03-0000-0000,,,,,,\n", Fixtures.SHIFT_JIS);
    ImportOptions options = ImportOptions.detect(file);
    ColumnMapping mapping = MappingProposer.propose(ImportKind.CUSTOMERS, TableReader.preview(file, options, 5), 0);
    List<ParsedRow<CustomerInput>> rows = new ArrayList<>();

    try (ImportRows<CustomerInput> it = ImportFileReader.readCustomers(file, options, mapping, null)) {
      it.forEachRemaining(rows::add);
    }

    assertEquals(new CustomerInput("123", "田中 さくら", "タナカ サクラ", "090-1234-5678", "Sakura@Example.jp", "150-0001",
        "東京都渋谷区", LocalDate.of(1985, 3, 4), "常連", true), rows.get(0).value());
    assertEquals(List.of(ProblemKind.EMAIL_INVALID, ProblemKind.DATE_INVALID, ProblemKind.CONSENT_INVALID),
        rows.get(1).problems().stream().map(RowProblem::kind).toList());
    assertEquals(ProblemKind.REQUIRED_MISSING, rows.get(2).problems().get(0).kind());
    assertEquals(3, rows.size(), "the blank row is skipped");
  }

  @Test
  void productsAreReadWithOptionalPrices() throws IOException {
    Path file = Fixtures.utf8(dir, "products.csv", "商品コード,商品名,単価\nA01,ブレンド,\"¥1,200\"\n4901234567890.0,ドリップ,\n,,\n"
        + ",名前だけ,abc\n");
    ColumnMapping mapping = MappingProposer.propose(ImportKind.PRODUCTS, TableReader.preview(file, ImportOptions.csv(), 5), 0);
    List<ParsedRow<ProductInput>> rows = new ArrayList<>();

    try (ImportRows<ProductInput> it = ImportFileReader.readProducts(file, ImportOptions.csv(), mapping, null)) {
      it.forEachRemaining(rows::add);
    }

    assertEquals(new ProductInput("A01", "ブレンド", 1200L), rows.get(0).value());
    assertEquals(new ProductInput("4901234567890", "ドリップ", null), rows.get(1).value());
    assertEquals(ProblemKind.UNIT_PRICE_INVALID, rows.get(2).problems().get(0).kind());
  }

  @Test
  void rowsStreamAndCloseTheFileWithTheStream() throws IOException {
    Path file = Fixtures.utf8(dir, "s.csv", "日付,伝票番号,顧客番号,数量,金額\n2024-01-05,1,7,1,100\n2024-01-06,2,7,1,200\n");

    long total;
    try (var stream = ImportFileReader.readSales(file, ImportOptions.csv(), SALES, null).stream()) {
      total = stream.filter(ParsedRow::isValid).mapToLong(r -> r.value().amount()).sum();
    }

    assertEquals(300, total);
  }
}
