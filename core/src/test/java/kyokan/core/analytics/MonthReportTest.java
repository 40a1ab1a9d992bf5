package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kyokan.core.demo.DemoShopGenerator;
import kyokan.core.demo.DemoShopSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole report on the demo shop (2,000 customers, ~30,000 lines), checked against {@link NaiveAnalysis}. */
class MonthReportTest {
  private static final LocalDate END = LocalDate.of(2025, 5, 31);
  private static final CpmThresholds SHOP = CpmThresholds.byAmount(240, 90, 210, 13_000);
  private static Sales sales;
  private static Ledger ledger;

  @BeforeAll
  static void generate() {
    sales = Sales.of();
    new DemoShopGenerator(DemoShopSpec.sakuraCoffee(END)).forEachLine(l -> sales.add(
        new Sales.Line(l.isAnonymous() ? null : l.customerCode(), l.date(), l.time(), l.orderNo(), l.productCode(), l.amount())));
    ledger = sales.ledger();
  }

  @Test
  void everyMonthAgreesWithThePlainReadingOfTheRules() {
    for (int k = 0; k <= 7; k++) {
      YearMonth month = YearMonth.of(2022, 8).plusMonths(5L * k);
      LocalDate asOf = month.atEndOfMonth();
      MonthReport report = MonthReport.of(ledger, month, SHOP);
      Map<String, NaiveAnalysis.Customer> expected = NaiveAnalysis.customers(sales.lines(), asOf);

      assertEquals(expected.size(), report.cpm().total(), month::toString);
      assertEquals(NaiveAnalysis.newRevenue(expected, month.atDay(1)), report.revenue().newRevenue(), month::toString);
      for (CpmCell cell : CpmCell.values()) {
        long count = expected.values().stream().filter(c -> NaiveAnalysis.cell(c, asOf, SHOP) == cell).count();
        assertEquals(count, report.cpm().count(cell), month + " " + cell);
      }
      long inPeriod = expected.values().stream().filter(c -> !c.last().isBefore(month.atDay(1))).count();
      assertEquals(inPeriod, report.active().boughtInPeriod(), month::toString);
    }
  }

  @Test
  void theShopHasSomethingToShowInEveryFigure() {
    MonthReport report = MonthReport.of(ledger, YearMonth.from(END), SHOP);

    assertTrue(report.cpm().counts().values().stream().allMatch(n -> n >= 10), report.cpm().counts()::toString);
    assertTrue(report.top().activeLoyalCount() > 0);
    assertTrue(report.loyalHabits().medianGapDays().isPresent());
    assertTrue(!report.loyalProducts().products().isEmpty());
    assertTrue(report.f2().within90().rate().isDefined());
    assertTrue(report.captureRate().value().getAsDouble() > 0.7 && report.captureRate().value().getAsDouble() < 0.95);
    assertEquals(report.revenue().identifiedRevenue(), report.revenue().newRevenue() + report.revenue().repeatRevenue());
    // Three years of data: June 2022 to May 2025.
    assertEquals(36, report.cohorts().rows());
  }

  @Test
  void everyPartStatesTheSameBasis() {
    MonthReport report = MonthReport.of(ledger, YearMonth.of(2025, 4), SHOP);
    AnalysisBasis basis = report.basis();

    assertEquals(new AnalysisBasis(7, 3, LocalDate.of(2025, 4, 30), LocalDate.of(2025, 4, 1), LocalDate.of(2024, 5, 1), SHOP),
        basis);
    List<AnalysisBasis> parts = List.of(report.revenue().basis(), report.lapsing().basis(), report.active().basis(),
        report.f2().basis(), report.top().basis(), report.loyalHabits().basis(), report.loyalProducts().basis(),
        report.cpm().basis(), report.customerAbc().basis(), report.productAbc().basis(), report.cohorts().basis(),
        report.rfm().basis(), report.clv().basis(), report.orderValue().basis());
    assertTrue(parts.stream().allMatch(basis::equals));
  }

  @Test
  void aMonthReportNeedsASnapshotAtTheMonthsEnd() {
    CustomerSnapshot midMonth = CustomerSnapshot.of(ledger, LocalDate.of(2025, 4, 15));

    assertThrows(IllegalArgumentException.class, () -> MonthReport.of(midMonth, SHOP));
  }
}
