package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The customers behind each figure, as of 31 March 2025; lists match the figures' counts. */
class CustomerFigureTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
  private static final YearMonth MARCH = YearMonth.of(2025, 3);

  @Test
  void eachFigureListsTheCustomersItCounts() {
    Ledger ledger = Sales.of()
        // N: first purchase in March. R: repeat buyer in March. L: last purchase 70 days ago.
        .line(AS_OF.minusDays(3), "N", "n1", "P", 1_000)
        .line(AS_OF.minusDays(200), "R", "r1", "P", 5_000).line(AS_OF.minusDays(10), "R", "r2", "P", 5_000)
        .line(AS_OF.minusDays(70), "L", "l1", "P", 800)
        // F: first purchase 100 days ago, second 20 days later (an F2 return); G: first 120 days ago only.
        .line(AS_OF.minusDays(100), "F", "f1", "P", 700).line(AS_OF.minusDays(80), "F", "f2", "P", 700)
        .line(AS_OF.minusDays(120), "G", "g1", "P", 900)
        .ledger();
    CustomerSnapshot s = CustomerSnapshot.of(ledger, AS_OF);
    MonthReport report = MonthReport.of(s, CpmThresholds.DEFAULTS);

    assertEquals(List.of("R"), codes(CustomerFigure.REPEAT_BUYERS, s, report));
    assertEquals(List.of("N"), codes(CustomerFigure.NEW_CUSTOMERS, s, report));
    // F's last purchase was 80 days ago, L's 70: both 60–89; G's 120.
    assertEquals(List.of("F", "L"), codes(CustomerFigure.LAPSING_60, s, report));
    assertEquals(List.of("G"), codes(CustomerFigure.LAPSING_90, s, report));
    assertEquals(List.of("N", "R"), codes(CustomerFigure.BOUGHT_IN_PERIOD, s, report));
    assertEquals(List.of("F", "G", "L", "N", "R"), codes(CustomerFigure.BOUGHT_IN_WINDOW, s, report));
    // R's first purchase, 200 days ago, is in the cohort too; their second came 190 days later.
    assertEquals(List.of("F", "G", "R"), codes(CustomerFigure.F2_FIRST_TIMERS, s, report));
    assertEquals(List.of("F"), codes(CustomerFigure.F2_RETURNED, s, report));
    // Five customers in the window: the top ⌈20 %⌉ is one, R with ¥10,000.
    assertEquals(List.of("R"), codes(CustomerFigure.PARETO_TOP, s, report));
  }

  @Test
  void listSizesMatchTheReportsCountsOnRandomLedgers() {
    Random random = new Random(7L);
    for (int round = 0; round < 200; round++) {
      Ledger ledger = CpmCellsPropertyTest.randomSales(random).ledger();
      YearMonth month = YearMonth.of(2023, 1).plusMonths(random.nextInt(26));
      CustomerSnapshot s = CustomerSnapshot.of(ledger, month.atEndOfMonth());
      MonthReport r = MonthReport.of(s, CpmThresholds.DEFAULTS);
      String context = "round " + round;
      assertEquals(r.active().boughtInPeriod(), CustomerFigure.BOUGHT_IN_PERIOD.members(s, r).size(), context);
      assertEquals(r.active().boughtInWindow(), CustomerFigure.BOUGHT_IN_WINDOW.members(s, r).size(), context);
      assertEquals(r.f2().within90().rate().whole(), CustomerFigure.F2_FIRST_TIMERS.members(s, r).size(), context);
      assertEquals(r.f2().within90().rate().part(), CustomerFigure.F2_RETURNED.members(s, r).size(), context);
      assertEquals(r.top().pareto().topCount(), CustomerFigure.PARETO_TOP.members(s, r).size(), context);
      assertEquals(r.top().activeLoyalCount(), CustomerFigure.ACTIVE_LOYAL.members(s, r).size(), context);
    }
  }

  @Test
  void refusesASnapshotOfAnotherDateAndKnowsItsUrlNames() {
    Ledger ledger = Sales.of().line("2025-03-01", "A", "1", "P", 100).ledger();
    MonthReport march = MonthReport.of(ledger, MARCH, CpmThresholds.DEFAULTS);
    CustomerSnapshot april = CustomerSnapshot.of(ledger, LocalDate.of(2025, 4, 30));
    assertThrows(IllegalArgumentException.class, () -> CustomerFigure.NEW_CUSTOMERS.members(april, march));
    assertEquals(CustomerFigure.LAPSING_60, CustomerFigure.fromUrlName("lapsing-60"));
    assertNull(CustomerFigure.fromUrlName("../etc"));
  }

  private static List<String> codes(CustomerFigure figure, CustomerSnapshot s, MonthReport report) {
    return figure.members(s, report).codes();
  }
}
