package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DaysTest {

  @Test
  void agreesWithLocalDateFrom1900To2100() {
    for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
      int day = (int) d.toEpochDay();
      assertEquals(day, Days.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), d::toString);
      assertEquals(Days.monthIndex(YearMonth.from(d)), Days.monthIndex(day), d::toString);
    }
  }

  @Test
  void monthBoundaries() {
    int february2024 = Days.monthIndex(YearMonth.of(2024, 2));
    assertEquals(LocalDate.of(2024, 2, 1), Days.date(Days.firstDayOfMonth(february2024)));
    assertEquals(LocalDate.of(2024, 2, 29), Days.date(Days.lastDayOfMonth(february2024)));
    assertEquals(YearMonth.of(2024, 2), Days.month(february2024));
  }
}
