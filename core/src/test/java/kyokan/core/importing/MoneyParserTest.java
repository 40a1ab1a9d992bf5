package kyokan.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyParserTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1234|1234", "1,234|1234", "¥1,234|1234", "￥1,234|1234", "１２３４|1234",
      "￥１，２３４|1234", "1234円|1234", "1,234 円|1234", "¥ 1,234|1234", "\\1,234|1234", "JPY 1234|1234",
      "-1,234|-1234", "−1,234|-1234", "▲1,234|-1234", "-¥1,234|-1234", "¥-1,234|-1234", "(1,234)|-1234",
      "(¥1,234)|-1234", "1,234.0|1234", "1234.00|1234", "0|0", "1,234,567|1234567", "+500|500"})
  void readsYenAmountsInEveryFormShopsWrite(String text, long expected) {
    assertEquals(expected, MoneyParser.parseMinorUnits(text, 0));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"£3.75|375", "$12.50|1250", "12.5|1250", "2.10|210", "1,234.56|123456",
      "-£0.29|-29", "($12.50)|-1250", "€7|700", "3.755|376", "-3.755|-376", "0.005|1", "USD 9.99|999"})
  void readsAmountsWithMinorUnitsRoundingHalfUp(String text, long expected) {
    assertEquals(expected, MoneyParser.parseMinorUnits(text, 2));
  }

  @Test
  void yenRefusesAFractionButTakesAWholeNumberWrittenWithDecimals() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> MoneyParser.parseMinorUnits("1234.56", 0));
    assertEquals(ProblemKind.AMOUNT_INVALID, e.kind());
    assertEquals("この通貨では小数の金額は使えません。", e.reason());
    assertEquals(1234, MoneyParser.parseMinorUnits("1,234.0", 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "12,34", "1.234,56", "--5", "-(5)", "¥", "1 2 3 4x", "12-", "1e5", "１２３４５６７８９０１２３４５６７"})
  void refusesWhatIsNotAnAmount(String text) {
    assertEquals(ProblemKind.AMOUNT_INVALID, assertThrows(InvalidValueException.class, () -> MoneyParser.parseMinorUnits(text, 0)).kind());
  }

  @Test
  void quantityTimesPriceIsExactThenRoundedOnce() {
    BigDecimal price = MoneyParser.parse("0.29", 2);

    assertEquals(-348, MoneyParser.toMinorUnits(price.multiply(BigDecimal.valueOf(-12)), 2));
    assertEquals(1260, MoneyParser.toMinorUnits(MoneyParser.parse("2.10", 2).multiply(BigDecimal.valueOf(6)), 2));
    assertEquals(1, MoneyParser.toMinorUnits(MoneyParser.parse("0.0025", 2).multiply(BigDecimal.valueOf(2)), 2));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"6|6", "-12|-12", "１２|12", "13.0|13", "1,200|1200", "▲2|-2", "(3)|-3", " 4 |4"})
  void readsWholeQuantities(String text, long expected) {
    assertEquals(expected, WholeNumbers.parseQuantity(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5", "abc", "", "1,2", "2個", "10000000000"})
  void refusesQuantitiesThatAreNotWholeNumbers(String text) {
    assertEquals(ProblemKind.QUANTITY_INVALID, assertThrows(InvalidValueException.class, () -> WholeNumbers.parseQuantity(text)).kind());
  }
}
