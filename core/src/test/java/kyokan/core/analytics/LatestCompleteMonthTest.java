package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class LatestCompleteMonthTest {

  @Test
  void lastSaleOnAMonthsLastDayCompletesThatMonth() {
    assertEquals(YearMonth.of(2025, 3), LatestCompleteMonth.of(LocalDate.of(2025, 3, 31)));
    assertEquals(YearMonth.of(2024, 2), LatestCompleteMonth.of(LocalDate.of(2024, 2, 29)));
  }

  @Test
  void lastSaleInsideAMonthMeansThePreviousMonth() {
    assertEquals(YearMonth.of(2025, 2), LatestCompleteMonth.of(LocalDate.of(2025, 3, 30)));
    assertEquals(YearMonth.of(2024, 12), LatestCompleteMonth.of(LocalDate.of(2025, 1, 1)));
  }

  @Test
  void ledgerUsesItsLastSaleOfAnyKindAndHasNoneWhenEmpty() {
    Ledger ledger = Sales.of().line("2025-03-10", "A", "1", "P", 100).line("2025-04-30", null, "2", "P", 100).ledger();

    assertEquals(YearMonth.of(2025, 4), ledger.latestCompleteMonth().orElseThrow());
    assertTrue(Sales.of().ledger().latestCompleteMonth().isEmpty());
  }
}
