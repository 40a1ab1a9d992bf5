package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Q8 for March 2025, with 優良 from ¥10,000. */
class LoyalProductsTest {

  @Test
  void sharesOfLoyalRevenueAgainstAllIdentifiedRevenueGiveTheLift() {
    Sales sales = Sales.of()
        // L1 (優良): P3 before the window; in it P1 6,000, P2 2,000 and 2,000 without a product.
        .line("2024-01-10", "L1", "1", "P3", 5_000)
        .line("2025-03-01", "L1", "2", "P1", 6_000)
        .line("2025-03-01", "L1", "2", "P2", 2_000)
        .line("2025-03-01", "L1", "2", null, 2_000)
        // N1 (not 優良): P1 2,000, P2 8,000 in the window.
        .line("2025-02-01", "N1", "3", "P1", 2_000)
        .line("2025-02-01", "N1", "3", "P2", 8_000)
        // Walk-ins are not identified revenue.
        .line("2025-02-01", null, "4", "P2", 50_000);
    LoyalProducts q8 = MonthReport.of(sales.ledger(), YearMonth.of(2025, 3),
        CpmThresholds.byAmount(240, 90, 210, 10_000)).loyalProducts();

    assertEquals(10_000, q8.loyalRevenue());
    assertEquals(20_000, q8.identifiedRevenue());
    assertEquals(List.of("P1", "P2"), q8.products().stream().map(p -> p.product().code()).toList());
    ProductPreference p1 = q8.products().get(0);
    assertEquals(new Ratio(6_000, 10_000), p1.loyalShare());
    assertEquals(new Ratio(8_000, 20_000), p1.identifiedShare());
    assertEquals(1.5, p1.lift(), 1e-12);
    ProductPreference p2 = q8.products().get(1);
    assertEquals(new Ratio(2_000, 10_000), p2.loyalShare());
    assertEquals(0.4, p2.lift(), 1e-12);
  }
}
