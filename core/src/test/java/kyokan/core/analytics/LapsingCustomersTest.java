package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Q3 as of 31 March 2025. */
class LapsingCustomersTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  @Test
  void bucketsCustomersByDaysSinceTheirLastPurchaseInCodeOrder() {
    Sales sales = Sales.of();
    // Mentioned from the largest code down, so the ids run against code order.
    for (int days : new int[] {400, 180, 179, 90, 89, 60, 59}) {
      sales.line(AS_OF.minusDays(days), String.format("R%03d", days), null, "P", 1_000);
    }
    sales.line(AS_OF.minusDays(100), "Z", "Z1", "P", 1_000).line(AS_OF.minusDays(10), "Z", "Z2", "P", -1_000);
    sales.line(AS_OF.minusDays(70), "X", null, "P", -500);
    LapsingCustomers q3 = MonthReport.of(sales.ledger(), YearMonth.of(2025, 3), CpmThresholds.DEFAULTS).lapsing();

    assertEquals(List.of("R060", "R089"), q3.days60to89().codes());
    // Z's refund 10 days ago is not a purchase: their last purchase was 100 days ago.
    assertEquals(List.of("R090", "R179", "Z"), q3.days90to179().codes());
    assertEquals(List.of("R180", "R400"), q3.days180OrMore().codes());
    assertEquals(AS_OF, q3.basis().asOf());
  }
}
