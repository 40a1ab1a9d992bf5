package kyokan.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

  @Test
  void encodedMappingReadsBackTheSame() {
    ColumnMapping mapping = ColumnMapping.empty(ImportKind.SALES, 2)
        .withColumn(TargetField.DATE, "InvoiceDate")
        .withColumn(TargetField.AMOUNT, "金額=税込\\円")
        .withColumn(TargetField.PRODUCT_NAME, "商品\n名")
        .withColumn(TargetField.CUSTOMER_CODE, "#3")
        .withDateOrder(DateOrder.DMY)
        .withAmountSource(AmountSource.QUANTITY_TIMES_PRICE)
        .withCancelPrefixC(true);

    String text = mapping.encode();

    assertEquals(mapping, ColumnMapping.decode(text));
    assertTrue(text.startsWith("kind=SALES\n"), text);
    assertEquals(1, text.lines().filter(l -> l.startsWith("column.productName=")).count(), "one line per field");
  }

  @Test
  void decodeIgnoresUnknownKeysAndFillsDefaults() {
    ColumnMapping mapping = ColumnMapping.decode("kind=CUSTOMERS\r\ncolumn.customerCode=会員番号\r\ncolumn.shoeSize=靴\r\nfuture=1\r\n");

    assertEquals(Map.of(TargetField.CUSTOMER_CODE, "会員番号"), mapping.columns());
    assertEquals(DateOrder.YMD, mapping.dateOrder());
    assertEquals(0, mapping.minorDigits());
  }

  @Test
  void decodeRefusesTextThatIsNotAMapping() {
    assertThrows(IllegalArgumentException.class, () -> ColumnMapping.decode("hello"));
  }

  @Test
  void fieldsOfAnotherKindAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ColumnMapping.empty(ImportKind.PRODUCTS, 0).withColumn(TargetField.DATE, "日付"));
  }

  @Test
  void columnsAreFoundByHeaderLooselyOrByPosition() {
    ColumnMapping mapping = ColumnMapping.empty(ImportKind.SALES, 0)
        .withColumn(TargetField.DATE, "Invoice Date")
        .withColumn(TargetField.AMOUNT, "#2")
        .withColumn(TargetField.CUSTOMER_CODE, "Customer ID");

    int[] at = mapping.resolve(List.of("ＩｎｖｏｉｃｅＤａｔｅ", "", "customer_id"));

    assertEquals(0, at[TargetField.DATE.ordinal()]);
    assertEquals(1, at[TargetField.AMOUNT.ordinal()]);
    assertEquals(2, at[TargetField.CUSTOMER_CODE.ordinal()]);
  }

  @Test
  void blankAndRepeatedHeadersAreOfferedByPosition() {
    assertEquals(List.of("日付", "#2", "金額", "#4"), ColumnMapping.columnKeys(List.of("日付", " ", "金額", "金額")));
  }

  @Test
  void problemsNameMissingColumnsAndUnmappedRequiredFields() {
    ColumnMapping mapping = ColumnMapping.empty(ImportKind.SALES, 0).withColumn(TargetField.DATE, "売上日");

    List<MappingProblem> problems = mapping.problems(List.of("日付", "金額"));

    assertEquals(List.of(TargetField.DATE, TargetField.AMOUNT), problems.stream().map(MappingProblem::field).toList());
    assertEquals("列「売上日」がファイルにありません。 / The file has no column \"売上日\".", problems.get(0).reason());
  }

  @Test
  void computedAmountNeedsQuantityAndUnitPrice() {
    ColumnMapping mapping = ColumnMapping.empty(ImportKind.SALES, 0).withColumn(TargetField.DATE, "日付")
        .withAmountSource(AmountSource.QUANTITY_TIMES_PRICE).withColumn(TargetField.QUANTITY, "数量");

    assertEquals(List.of(TargetField.UNIT_PRICE), mapping.problems(List.of("日付", "数量")).stream().map(MappingProblem::field).toList());
  }

  @Test
  void customersNeedACodeOrAName() {
    assertEquals(1, ColumnMapping.empty(ImportKind.CUSTOMERS, 0).problems(List.of("x")).size());
    assertEquals(0, ColumnMapping.empty(ImportKind.CUSTOMERS, 0).withColumn(TargetField.CUSTOMER_NAME, "x").problems(List.of("x")).size());
  }
}
