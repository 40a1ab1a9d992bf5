package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Q7 for March 2025, with 優良 from ¥10,000. */
class LoyalHabitsTest {
  private static final CpmThresholds T = CpmThresholds.byAmount(240, 90, 210, 10_000);

  private static Sales twoRegular() {
    return Sales.of()
        // L1: gaps 30, (same day: none), 70, 150; a refunded order in between is no visit.
        .line("2024-05-01", "L1", "11", "P", 3_000)
        .line("2024-05-31", "L1", "12", "P", 2_000)
        .line("2024-05-31", "L1", "13", "P", 1_000)
        .line("2024-08-09", "L1", "14", "P", 2_000)
        .line("2024-12-01", "L1", "19", "P", 500)
        .line("2024-12-02", "L1", "19", "P", -500)
        .line("2025-01-06", "L1", "15", "P", 3_000)
        // L2: gaps 20, 210; its April purchase is after the as-of date.
        .line("2024-06-01", "L2", "21", "P", 5_000)
        .line("2024-06-21", "L2", "22", "P", 3_000)
        .line("2025-01-17", "L2", "23", "P", 4_000)
        .line("2025-04-10", "L2", "24", "P", 4_000);
  }

  @Test
  void medianOfPooledGapsBetweenDistinctPurchaseDates() {
    Sales sales = twoRegular()
        // L3 is 優良 but lapsed: left out.
        .line("2023-01-01", "L3", "31", "P", 20_000)
        .line("2023-09-01", "L3", "32", "P", 20_000);
    LoyalHabits q7 = MonthReport.of(sales.ledger(), YearMonth.of(2025, 3), T).loyalHabits();

    assertEquals(2, q7.customers());
    assertEquals(5, q7.gaps());
    assertEquals(70.0, q7.medianGapDays().getAsDouble());
  }

  @Test
  void purchasesPerCustomerInTheWindow() {
    LoyalHabits q7 = MonthReport.of(twoRegular().ledger(), YearMonth.of(2025, 3), T).loyalHabits();

    // L1 bought 5 times in the window (two orders on 31 May), L2 3 times.
    assertEquals(8, q7.windowPurchases());
    assertEquals(4.0, q7.purchasesPerCustomerInWindow().getAsDouble());
  }

  @Test
  void anEvenNumberOfGapsTakesTheMeanOfTheMiddleTwo() {
    Sales sales = Sales.of()
        .line("2024-06-01", "L2", "21", "P", 5_000)
        .line("2024-06-21", "L2", "22", "P", 3_000)
        .line("2025-01-17", "L2", "23", "P", 4_000);
    LoyalHabits q7 = MonthReport.of(sales.ledger(), YearMonth.of(2025, 3), T).loyalHabits();

    assertEquals(115.0, q7.medianGapDays().getAsDouble());
  }

  @Test
  void withoutLoyalCustomersThereIsNoMedian() {
    LoyalHabits q7 = MonthReport.of(Sales.of().line("2025-03-01", "A", "1", "P", 100).ledger(), YearMonth.of(2025, 3), T)
        .loyalHabits();

    assertEquals(0, q7.customers());
    assertTrue(q7.medianGapDays().isEmpty());
    assertTrue(q7.purchasesPerCustomerInWindow().isEmpty());
  }
}
