package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CohortTableTest {

  @Test
  void rowsAreFirstPurchaseMonthsAndCellsTheShareBuyingEachMonthAfter() {
    Sales sales = Sales.of()
        .line("2024-12-20", null, "0", "P", 100)
        .line("2025-01-05", "X", "1", "P", 100).line("2025-02-05", "X", "2", "P", 100).line("2025-03-05", "X", "3", "P", 100)
        .line("2025-03-06", "X", "4", "P", 100)
        .line("2025-01-10", "Y", "5", "P", 100).line("2025-03-10", "Y", "6", "P", 100)
        // Y's February order was refunded in full: no purchase that month.
        .line("2025-02-10", "Y", "7", "P", 100).line("2025-02-11", "Y", "7", "P", -100)
        .line("2025-02-03", "Z", "8", "P", 100).line("2025-02-25", "Z", "9", "P", 100)
        .line("2025-04-03", "Z", "10", "P", 100);
    CohortTable table = MonthReport.of(sales.ledger(), YearMonth.of(2025, 3), CpmThresholds.DEFAULTS).cohorts();

    assertEquals(4, table.rows());
    assertEquals(YearMonth.of(2024, 12), table.month(0));
    assertEquals(0, table.cohortSize(0));
    assertFalse(table.share(0, 0).isDefined());
    assertEquals(YearMonth.of(2025, 1), table.month(1));
    assertEquals(new Ratio(2, 2), table.share(1, 0));
    assertEquals(new Ratio(1, 2), table.share(1, 1));
    assertEquals(new Ratio(2, 2), table.share(1, 2));
    assertEquals(3, table.columns(1));
    assertEquals(new Ratio(1, 1), table.share(2, 0));
    assertEquals(new Ratio(0, 1), table.share(2, 1));
    assertEquals(0, table.cohortSize(3));
  }
}
