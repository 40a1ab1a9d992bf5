package kyokan.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
  private static final LocalDate JAN_5 = LocalDate.of(2024, 1, 5);

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-05", "2024/1/5", "2024/01/05", "2024.1.5", "2024年1月5日", "２０２４年１月５日",
      "２０２４／０１／０５", "20240105", "5-Jan-2024", "05-Jan-24", "5 Jan 2024", "5-January-2024", "Jan 5, 2024",
      "January 5th, 2024", "2024/01/05(金)", "2024/01/05（金）", " 2024-01-05 "})
  void readsDatesInEveryFormShopsWrite(String text) {
    DateTimeValue value = DateParser.parse(text, DateOrder.YMD);

    assertEquals(JAN_5, value.date());
    assertNull(value.time());
  }

  @ParameterizedTest
  @CsvSource({"MDY, 1/5/2024", "DMY, 5/1/2024", "MDY, 01/05/2024", "DMY, 05.01.2024", "MDY, 1/5/24", "DMY, 5-1-2024",
      "YMD, 24/1/5", "YMD, 24/01/05"})
  void readsDayAndMonthInTheChosenOrder(DateOrder order, String text) {
    assertEquals(JAN_5, DateParser.parse(text, order).date());
  }

  @Test
  void yearFirstDatesIgnoreTheChosenOrder() {
    assertEquals(JAN_5, DateParser.parse("2024/1/5", DateOrder.DMY).date());
    assertEquals(JAN_5, DateParser.parse("2024/1/5", DateOrder.MDY).date());
  }

  @Test
  void yearLastDateWithYearFirstOrderIsReadOnlyWhenADayOver12Decides() {
    assertEquals(LocalDate.of(2024, 1, 13), DateParser.parse("13/1/2024", DateOrder.YMD).date());
    assertEquals(LocalDate.of(2024, 1, 13), DateParser.parse("1/13/2024", DateOrder.YMD).date());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DateParser.parse("1/5/2024", DateOrder.YMD));
    assertEquals(ProblemKind.DATE_AMBIGUOUS, e.kind());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2024-01-05 07:45:00|07:45", "2024-01-05 7:45|07:45", "12/1/2009 7:45|07:45",
      "2024-01-05T10:00:00+09:00|10:00", "2024-01-05 10:00:00 +0900|10:00", "2024-01-05T10:00:00.000Z|10:00",
      "2024/1/5 15:30:20|15:30:20", "2024年1月5日 15時30分|15:30", "2024年1月5日 午後3時|15:00",
      "Jan 5, 2024 3:05 PM|15:05", "5-Jan-2024 12:10 am|00:10", "2024-01-05 ２３：５９|23:59"})
  void readsTheTimeAfterTheDate(String text, String time) {
    DateTimeValue value = DateParser.parse(text, DateOrder.MDY);

    assertEquals(text.startsWith("12/1/2009") ? LocalDate.of(2009, 12, 1) : JAN_5, value.date());
    assertEquals(LocalTime.parse(time), value.time());
  }

  @ParameterizedTest
  @CsvSource({"10:30, 10:30", "7:05:09, 07:05:09", "午後3時5分, 15:05", "午前0時, 00:00", "午後12時, 12:00",
      "11:59 PM, 23:59", "12:00 AM, 00:00", "１０：３０, 10:30", "10:30:00+09:00, 10:30"})
  void readsTimesOnTheirOwn(String text, LocalTime expected) {
    assertEquals(expected, DateParser.parseTime(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"25:00", "10:60", "13:00 PM", "10", "ten o'clock", ""})
  void refusesTimesThatAreNotTimes(String text) {
    assertEquals(ProblemKind.TIME_INVALID, assertThrows(InvalidValueException.class, () -> DateParser.parseTime(text)).kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-30", "2024/13/1", "1/5/2024x", "yesterday", "2024-01", "0024-01-05", "3024-01-05",
      "5-Foo-2024", "合計", "2024-01-05 25:00"})
  void refusesValuesThatAreNotDates(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DateParser.parse(text, DateOrder.MDY));
    assertEquals(text.endsWith("25:00") ? ProblemKind.TIME_INVALID : ProblemKind.DATE_INVALID, e.kind());
  }

  @Test
  void blankDateIsMissingNotInvalid() {
    assertEquals(ProblemKind.DATE_MISSING, assertThrows(InvalidValueException.class, () -> DateParser.parse("  ", DateOrder.YMD)).kind());
  }

  @Test
  void twoDigitYearsBeforeFiftyAreThisCentury() {
    assertEquals(LocalDate.of(1985, 3, 4), DateParser.parse("85/3/4", DateOrder.YMD).date());
    assertEquals(LocalDate.of(2024, 3, 4), DateParser.parse("4-Mar-24", DateOrder.YMD).date());
  }
}
