package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The monthly revenue series must split every month exactly as that month's own report does. */
class MonthlyRevenueTest {

  @Test
  void aFirstOrderRefundedLaterMovesTheNewRevenueToTheNextPurchase() {
    Ledger ledger = Sales.of()
        .line("2025-01-10", "A", "1", "P", 3_000)
        .line("2025-02-03", "A", "2", "P", 2_000)
        // Order 1 refunded in full in March: as of March's end A's first purchase is order 2 (February).
        .line("2025-03-05", "A", "1", "P", -3_000)
        .line("2025-03-06", "B", "3", "P", 1_000)
        .line("2025-03-07", null, "4", "P", 500)
        .ledger();

    List<MonthlyRevenue.Month> months = MonthlyRevenue.of(ledger, YearMonth.of(2024, 12), YearMonth.of(2025, 3)).months();

    assertEquals(new MonthlyRevenue.Month(YearMonth.of(2024, 12), 0, 0, 0), months.get(0));
    assertEquals(new MonthlyRevenue.Month(YearMonth.of(2025, 1), 3_000, 3_000, 3_000), months.get(1));
    assertEquals(new MonthlyRevenue.Month(YearMonth.of(2025, 2), 2_000, 2_000, 0), months.get(2));
    // March: −3,000 + 1,000 identified, 500 anonymous; only B's first order is new.
    assertEquals(new MonthlyRevenue.Month(YearMonth.of(2025, 3), -1_500, -2_000, 1_000), months.get(3));
    assertEquals(-3_000, months.get(3).repeatRevenue());
  }

  @Test
  void agreesWithEachMonthsReportOnRandomLedgers() {
    Random random = new Random(20_261_122L);
    for (int round = 0; round < 300; round++) {
      Sales sales = CpmCellsPropertyTest.randomSales(random);
      Ledger ledger = sales.ledger();
      YearMonth from = YearMonth.of(2022, 11);
      YearMonth to = YearMonth.of(2025, 2);
      List<MonthlyRevenue.Month> months = MonthlyRevenue.of(ledger, from, to).months();
      assertEquals(28, months.size());
      for (MonthlyRevenue.Month m : months) {
        RevenueSplit split = MonthReport.of(ledger, m.month(), CpmThresholds.DEFAULTS).revenue();
        String context = "round " + round + ", " + m.month();
        assertEquals(split.revenue(), m.revenue(), context);
        assertEquals(split.identifiedRevenue(), m.identifiedRevenue(), context);
        assertEquals(split.newRevenue(), m.newRevenue(), context);
      }
    }
  }

  @Test
  void anEmptyLedgerHasZeroMonths() {
    Ledger empty = Sales.of().ledger();
    assertEquals(List.of(new MonthlyRevenue.Month(YearMonth.of(2025, 1), 0, 0, 0)),
        MonthlyRevenue.of(empty, YearMonth.of(2025, 1), YearMonth.of(2025, 1)).months());
    assertEquals(LocalDate.of(2025, 1, 31), YearMonth.of(2025, 1).atEndOfMonth());
  }
}
