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

  @Test
  void aSaleDatedAfterTodayNeverMakesTheMonth() {
    LocalDate today = LocalDate.of(2026, 12, 7);
    assertEquals(YearMonth.of(2026, 11),
        LatestCompleteMonth.of(LocalDate.of(2023, 1, 5), LocalDate.of(2099, 12, 31), today).orElseThrow());
    assertEquals(YearMonth.of(2026, 10),
        LatestCompleteMonth.of(LocalDate.of(2023, 1, 5), LocalDate.of(2026, 11, 29), today).orElseThrow(), "not capped");
    assertTrue(LatestCompleteMonth.of(LocalDate.of(2030, 1, 1), LocalDate.of(2099, 12, 31), today).isEmpty(),
        "nothing dated up to last month: no month to analyse");
  }

  @Test
  void aHistoryFromACenturyAgoKeepsItsLastFiftyYearsAndCountsEverySale() {
    Ledger ledger = Sales.of().line("1900-01-02", "A", "1", "P", 50_000).line("2026-10-03", "A", "2", "P", 30_000).ledger();
    CellHistory history = CellHistory.of(ledger, YearMonth.of(2026, 11), CpmThresholds.DEFAULTS);
    assertEquals(CellHistory.MAX_MONTHS, history.months().size());
    assertEquals(YearMonth.of(2026, 11), history.lastMonth());
    assertEquals(CpmCell.LOYAL, history.cellOf(0, YearMonth.of(2026, 11)).orElseThrow(), "the 1900 sale still counts");
  }
}
