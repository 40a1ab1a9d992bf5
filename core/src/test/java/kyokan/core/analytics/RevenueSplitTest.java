package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Q1, Q2 and the capture rate for March 2025. */
class RevenueSplitTest {
  private static final YearMonth MARCH = YearMonth.of(2025, 3);

  private static Sales march() {
    return Sales.of()
        // A: first purchase in December, a repeat purchase in March.
        .line("2024-12-01", "A", "A1", "P", 10_000)
        .line("2025-03-10", "A", "A2", "P", 6_000)
        // B: first order in March, partly returned within that order (stays new), then a repeat purchase.
        .line("2025-03-05", "B", "B1", "P", 4_000)
        .line("2025-03-05", "B", "B1", "Q", 1_000)
        .line("2025-03-20", "B", "B1", "Q", -1_000)
        .line("2025-03-25", "B", "B2", "P", 2_000)
        // C: a return in March as a separate order lands on the repeat side.
        .line("2025-02-01", "C", "C1", "P", 3_000)
        .line("2025-03-12", "C", "C2", "P", -500)
        // Walk-ins count in revenue and the capture rate only.
        .line("2025-03-08", null, "W1", "P", 7_000)
        .line("2025-03-09", null, "W2", "P", -1_000)
        // After the as-of date: ignored.
        .line("2025-04-02", "A", "A3", "P", 9_999)
        .line("2025-04-02", "D", "D1", "P", 9_999);
  }

  @Test
  void splitsIdentifiedRevenueIntoNewAndRepeat() {
    RevenueSplit split = MonthReport.of(march().ledger(), MARCH, CpmThresholds.DEFAULTS).revenue();

    assertEquals(11_500, split.identifiedRevenue());
    assertEquals(4_000, split.newRevenue());
    assertEquals(7_500, split.repeatRevenue());
    assertEquals(new Ratio(7_500, 11_500), split.repeatShare());
    assertEquals(new Ratio(4_000, 11_500), split.newShare());
    assertEquals(1.0, split.repeatShare().value().getAsDouble() + split.newShare().value().getAsDouble(), 1e-12);
  }

  @Test
  void captureRateIsIdentifiedOverAllRevenueOfThePeriod() {
    MonthReport report = MonthReport.of(march().ledger(), MARCH, CpmThresholds.DEFAULTS);

    assertEquals(17_500, report.revenue().revenue());
    assertEquals(new Ratio(11_500, 17_500), report.captureRate());
  }

  @Test
  void aMonthWithoutSalesHasUndefinedSharesButStillHasCustomers() {
    MonthReport report = MonthReport.of(march().ledger(), YearMonth.of(2025, 5), CpmThresholds.DEFAULTS);

    assertEquals(0, report.revenue().revenue());
    assertFalse(report.revenue().repeatShare().isDefined());
    assertFalse(report.revenue().newShare().isDefined());
    assertFalse(report.captureRate().isDefined());
    assertEquals(4, report.cpm().total());
    assertEquals(LocalDate.of(2025, 5, 31), report.basis().asOf());
    assertEquals(LocalDate.of(2025, 5, 1), report.basis().periodStart());
  }

  @Test
  void aMonthBeforeAnySaleIsEmptyThroughout() {
    MonthReport report = MonthReport.of(march().ledger(), YearMonth.of(2020, 1), CpmThresholds.DEFAULTS);

    assertEquals(0, report.cpm().total());
    assertEquals(0, report.cohorts().rows());
    assertEquals(0, report.top().pareto().customersInWindow());
    assertFalse(report.f2().within90().rate().isDefined());
  }
}
