package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Q4 for March 2025: the window is 1 April 2024 – 31 March 2025. */
class ActiveShareTest {

  @Test
  void comparesThisMonthsBuyersWithTheYearsAndWithEveryone() {
    Sales sales = Sales.of()
        .line("2025-03-10", "A", "A1", "P", 1_000)
        .line("2024-04-01", "B", "B1", "P", 1_000)
        .line("2024-03-31", "C", "C1", "P", 1_000)
        // D: bought in May; March's order was refunded in full, so not a purchase.
        .line("2024-05-20", "D", "D1", "P", 1_000)
        .line("2025-03-03", "D", "D2", "P", 2_000)
        .line("2025-03-04", "D", "D2", "P", -2_000)
        // E: bought in 2023, only a return in March.
        .line("2023-06-01", "E", "E1", "P", 1_000)
        .line("2025-03-15", "E", "E2", "P", -400)
        .line("2025-03-15", null, "W", "P", 5_000);
    ActiveShare q4 = MonthReport.of(sales.ledger(), YearMonth.of(2025, 3), CpmThresholds.DEFAULTS).active();

    assertEquals(1, q4.boughtInPeriod());
    assertEquals(3, q4.boughtInWindow());
    assertEquals(5, q4.customersEver());
    assertEquals(new Ratio(1, 3), q4.shareOfYearsCustomers());
    assertEquals(new Ratio(1, 5), q4.shareOfAllCustomers());
  }
}
