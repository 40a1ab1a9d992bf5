package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CPM cells from a ledger as of 31 March 2025 at the defaults, customers placed on each boundary. */
class CpmCellsTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
  private static final LocalDate LAST = LocalDate.of(2025, 3, 1);

  private static Sales boundaries() {
    return Sales.of()
        .line(LAST.minusDays(90), "T090", "1", "P", 20_000).line(LAST, "T090", "2", "P", 10_000)
        .line(LAST.minusDays(89), "T089", "3", "P", 20_000).line(LAST, "T089", "4", "P", 60_000)
        .line(LAST.minusDays(210), "T210", "5", "P", 20_000).line(LAST, "T210", "6", "P", 50_000)
        .line(LAST.minusDays(210), "M699", "7", "P", 19_999).line(LAST, "M699", "8", "P", 50_000)
        .line(LocalDate.of(2023, 1, 1), "R240", "9", "P", 50_000).line(AS_OF.minusDays(240), "R240", "10", "P", 50_000)
        .line(LocalDate.of(2023, 1, 1), "R239", "11", "P", 50_000).line(AS_OF.minusDays(239), "R239", "12", "P", 50_000)
        .line(LAST, "NEW1", "13", "P", 500)
        .line(LAST, "REFUND", "14", "P", -500);
  }

  @Test
  void customersOnTheBoundariesLandWhereTheRulesSay() {
    CpmCells cells = MonthReport.of(boundaries().ledger(), YearMonth.of(2025, 3), CpmThresholds.DEFAULTS).cpm();

    assertEquals(List.of("M699", "T090"), cells.customers(CpmCell.STEADY).codes());
    assertEquals(List.of("T089"), cells.customers(CpmCell.TODDLER).codes());
    assertEquals(List.of("R239", "T210"), cells.customers(CpmCell.LOYAL).codes());
    assertEquals(List.of("R240"), cells.customers(CpmCell.LOYAL_LAPSED).codes());
    assertEquals(List.of("NEW1"), cells.customers(CpmCell.FIRST_TIMER).codes());
    assertEquals(7, cells.total());
  }

  @Test
  void aCodeWithoutPurchaseHasNoCell() {
    Ledger ledger = boundaries().ledger();
    CpmCells cells = MonthReport.of(ledger, YearMonth.of(2025, 3), CpmThresholds.DEFAULTS).cpm();

    assertTrue(cells.cellOf(Sales.customer(ledger, "REFUND")).isEmpty());
    assertEquals(CpmCell.LOYAL, cells.cellOf(Sales.customer(ledger, "T210")).orElseThrow());
  }

  @Test
  void countsListEveryCellAndStateTheirThresholds() {
    CpmThresholds t = CpmThresholds.byAmount(30, 60, 120, 10_000);
    CpmCells cells = MonthReport.of(boundaries().ledger(), YearMonth.of(2025, 3), t).cpm();

    assertEquals(10, cells.counts().size());
    assertEquals(cells.total(), cells.counts().values().stream().mapToInt(Integer::intValue).sum());
    assertEquals(t, cells.basis().thresholds());
    assertEquals(AS_OF, cells.basis().asOf());
  }
}
