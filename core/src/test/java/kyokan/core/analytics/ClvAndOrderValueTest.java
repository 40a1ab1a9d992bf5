package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Historic CLV and average order value for March 2025. */
class ClvAndOrderValueTest {

  private static MonthReport march() {
    Sales sales = Sales.of()
        .line("2024-10-01", "A", "1", "P", 2_000)
        .line("2025-03-10", "A", "2", "P", 3_000)
        .line("2025-03-11", "B", "3", "P", 5_000)
        // A return as its own order: in B's value, not an order value.
        .line("2025-03-20", "B", "4", "P", -1_000)
        .line("2023-01-01", "C", "5", "P", 1_000)
        .line("2025-03-12", null, "6", "P", 10_000)
        .line("2025-04-01", "A", "7", "P", 99_000);
    return MonthReport.of(sales.ledger(), YearMonth.of(2025, 3), CpmThresholds.DEFAULTS);
  }

  @Test
  void historicClvIsEachCustomersNetRevenueSoFar() {
    HistoricClv clv = march().clv();

    assertEquals(3, clv.customers());
    assertEquals(1_000 + 5_000 + 4_000, clv.total());
    assertEquals(10_000 / 3.0, clv.mean().getAsDouble(), 1e-9);
    assertEquals(4_000.0, clv.median().getAsDouble());
  }

  @Test
  void averageOrderValueIsThePurchasesNetOverTheirNumber() {
    OrderValue aov = march().orderValue();

    assertEquals(2, aov.periodPurchases());
    assertEquals(4_000.0, aov.periodAverage().getAsDouble());
    assertEquals(3, aov.windowPurchases());
    assertEquals(10_000 / 3.0, aov.windowAverage().getAsDouble(), 1e-9);
  }

  @Test
  void noPurchasesMeansNoAverage() {
    MonthReport report = MonthReport.of(Sales.of().ledger(), YearMonth.of(2025, 3), CpmThresholds.DEFAULTS);

    assertTrue(report.orderValue().periodAverage().isEmpty());
    assertTrue(report.clv().mean().isEmpty());
  }
}
