package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Q6 for March 2025 (window 1 April 2024 – 31 March 2025). */
class TopCustomersTest {
  private static final CpmThresholds LOW_LIMIT = CpmThresholds.byAmount(240, 90, 210, 5_000);

  private static Sales window() {
    // Ids follow mention order, which runs against code order for the ties.
    return Sales.of()
        .line("2025-01-10", "K05", "1", "P", 1_000)
        .line("2024-04-10", "K01", "2", "P", 2_000)
        .line("2025-03-01", "K01", "3", "P", 3_000)
        .line("2025-01-10", "K03", "4", "P", 3_000)
        .line("2025-01-10", "K02", "5", "P", 3_000)
        .line("2025-01-10", "K04", "6", "P", 1_000)
        .line("2025-01-10", "K06", "7", "P", 2_000)
        // K00 only returned something in the window: not ranked, but in the window's revenue.
        .line("2024-02-01", "K00", "8", "P", 4_000)
        .line("2025-02-01", "K00", "9", "P", -500)
        // Before the window, and anonymous: in neither.
        .line("2024-03-31", "K07", "10", "P", 50_000)
        .line("2025-02-01", null, "11", "P", 50_000);
  }

  @Test
  void paretoRanksWindowCustomersByAmountWithTiesByCode() {
    ParetoView pareto = MonthReport.of(window().ledger(), YearMonth.of(2025, 3), LOW_LIMIT).top().pareto();

    assertEquals(List.of("K01", "K02", "K03", "K06", "K04", "K05"), pareto.ranking().codes());
    assertEquals(6, pareto.customersInWindow());
    assertEquals(14_500, pareto.windowRevenue());
  }

  @Test
  void topFifthShareAndCustomersReachingEightyPercent() {
    ParetoView pareto = MonthReport.of(window().ledger(), YearMonth.of(2025, 3), LOW_LIMIT).top().pareto();

    assertEquals(2, pareto.topCount());
    assertEquals(new Ratio(8_000, 14_500), pareto.topShare());
    // 80 % of 14,500 is 11,600: 5,000 + 3,000 + 3,000 = 11,000 falls short, + 2,000 reaches it.
    assertEquals(4, pareto.customersFor80Percent().getAsInt());
  }

  @Test
  void eightyPercentReachedExactlyCounts() {
    Sales sales = Sales.of().line("2025-03-01", "A", "1", "P", 8_000).line("2025-03-01", "B", "2", "P", 2_000);
    ParetoView pareto = MonthReport.of(sales.ledger(), YearMonth.of(2025, 3), LOW_LIMIT).top().pareto();

    assertEquals(1, pareto.customersFor80Percent().getAsInt());
    assertEquals(1, pareto.topCount());
  }

  @Test
  void activeLoyalCustomersAreListed() {
    TopCustomers top = MonthReport.of(window().ledger(), YearMonth.of(2025, 3), LOW_LIMIT).top();

    // K01: two purchases 325 days apart, 5,000 in all (exactly the limit).
    assertEquals(List.of("K01"), top.activeLoyal().codes());
    assertEquals(1, top.activeLoyalCount());
    assertEquals(LOW_LIMIT, top.basis().thresholds());
  }

  @Test
  void noWindowRevenueMeansNoEightyPercentCount() {
    Sales sales = Sales.of().line("2025-03-01", "A", "1", "P", 1_000).line("2025-03-02", "B", "2", "P", -3_000);
    ParetoView pareto = MonthReport.of(sales.ledger(), YearMonth.of(2025, 3), LOW_LIMIT).top().pareto();

    assertTrue(pareto.customersFor80Percent().isEmpty());
    assertTrue(!pareto.topShare().isDefined());
  }
}
