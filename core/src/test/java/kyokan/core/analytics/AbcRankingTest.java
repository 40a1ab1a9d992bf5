package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ABC over the window ending 31 March 2025. */
class AbcRankingTest {

  private static List<AbcClass> classes(AbcRanking<?> ranking) {
    List<AbcClass> classes = new ArrayList<>();
    for (int i = 0; i < ranking.size(); i++) classes.add(ranking.classAt(i));
    return classes;
  }

  @Test
  void aIsTheSmallestTopSetReachingSeventyPercentAndBReachesNinety() {
    Sales sales = Sales.of()
        .line("2025-03-01", "A", "1", "P", 50)
        .line("2025-03-01", "B", "2", "P", 20)
        .line("2025-03-01", "C", "3", "P", 15)
        .line("2025-03-01", "D", "4", "P", 10)
        .line("2025-03-01", "E", "5", "P", 5);
    AbcRanking<CustomerRef> abc = MonthReport.of(sales.ledger(), YearMonth.of(2025, 3), CpmThresholds.DEFAULTS).customerAbc();

    assertEquals(List.of(AbcClass.A, AbcClass.A, AbcClass.B, AbcClass.B, AbcClass.C), classes(abc));
    assertEquals("A", abc.itemAt(0).code());
    assertEquals(new Ratio(70, 100), abc.cumulativeShareAt(1));
    assertEquals(2, abc.count(AbcClass.A));
    assertEquals(25, abc.amount(AbcClass.B));
  }

  @Test
  void productsCountAllTheirSalesIncludingWalkIns() {
    Sales sales = Sales.of()
        .line("2025-03-01", "A", "1", "P1", 100)
        .line("2025-03-01", null, "2", "P2", 300)
        .line("2025-03-01", null, "2", null, 999)
        .line("2024-03-01", null, "3", "P3", 5_000);
    AbcRanking<ProductRef> abc = MonthReport.of(sales.ledger(), YearMonth.of(2025, 3), CpmThresholds.DEFAULTS).productAbc();

    assertEquals(List.of("P2", "P1"), List.of(abc.itemAt(0).code(), abc.itemAt(1).code()));
    assertEquals(400, abc.total());
    assertEquals(List.of(AbcClass.A, AbcClass.B), classes(abc));
  }

  @Test
  void withoutPositiveRevenueEverythingIsC() {
    Sales sales = Sales.of().line("2025-03-01", "A", "1", "P1", 100).line("2025-03-02", "A", "2", "P1", -300);
    AbcRanking<CustomerRef> abc = MonthReport.of(sales.ledger(), YearMonth.of(2025, 3), CpmThresholds.DEFAULTS).customerAbc();

    assertEquals(List.of(AbcClass.C), classes(abc));
  }
}
