package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Many random small ledgers (seeded) with random thresholds: every customer lands in exactly one cell,
 * the counts add up to the customer count, and the engine agrees with {@link NaiveAnalysis}.
 */
class CpmCellsPropertyTest {
  private static final LocalDate START = LocalDate.of(2023, 1, 1);

  @Test
  void everyCustomerLandsInExactlyOneCellAndAgreesWithThePlainReading() {
    Random random = new Random(20_250_331L);
    Map<CpmCell, Integer> seenCells = new EnumMap<>(CpmCell.class);
    for (int round = 0; round < 500; round++) {
      Sales sales = randomSales(random);
      Ledger ledger = sales.ledger();
      LocalDate asOf = START.plusDays(random.nextInt(800));
      CpmThresholds t = randomThresholds(random);
      CustomerSnapshot s = CustomerSnapshot.of(ledger, asOf);
      CpmCells cells = CpmCells.of(s, new AnalysisBasis(7, 3, asOf, s.periodStart(), s.windowStart(), t));
      Map<String, NaiveAnalysis.Customer> expected = NaiveAnalysis.customers(sales.lines(), asOf);
      String context = "round " + round + ", as of " + asOf + ", " + t;

      assertEquals(expected.size(), s.customerCount(), context);
      assertEquals(expected.size(), cells.total(), context);
      assertEquals(expected.size(), cells.counts().values().stream().mapToInt(Integer::intValue).sum(), context);
      cells.counts().forEach((cell, n) -> seenCells.merge(cell, n, Integer::sum));
      Set<Integer> seen = new HashSet<>();
      for (CpmCell cell : CpmCell.values()) {
        CustomerList list = cells.customers(cell);
        for (int i = 0; i < list.size(); i++) {
          assertTrue(seen.add(list.indexAt(i)), context + ": customer in two cells");
          NaiveAnalysis.Customer naive = expected.get(list.get(i).code());
          assertEquals(NaiveAnalysis.cell(naive, asOf, t), cell, context + ", " + naive);
        }
      }
      for (int c = 0; c < ledger.customerCount(); c++) {
        NaiveAnalysis.Customer naive = expected.get(ledger.customerCode(c));
        assertEquals(naive != null, s.isCustomer(c), context);
        if (naive == null) continue;
        assertEquals(naive.purchases().size(), s.purchases(c), context + ", " + naive);
        assertEquals(naive.first(), s.firstPurchase(c), context + ", " + naive);
        assertEquals(naive.second(), s.secondPurchase(c), context + ", " + naive);
        assertEquals(naive.last(), s.lastPurchase(c), context + ", " + naive);
        assertEquals(naive.amount(), s.amount(c), context + ", " + naive);
        assertEquals(naive.windowAmount(), s.windowAmount(c), context + ", " + naive);
      }
      assertEquals(NaiveAnalysis.newRevenue(expected, s.periodStart()), s.newRevenue, context);
    }
    // The random ledgers must reach every cell, or the test proves less than it claims.
    assertTrue(seenCells.values().stream().allMatch(n -> n > 20), seenCells::toString);
  }

  static Sales randomSales(Random random) {
    Sales sales = Sales.of();
    int customers = 1 + random.nextInt(12);
    int lines = random.nextInt(120);
    for (int i = 0; i < lines; i++) {
      String customer = random.nextInt(10) == 0 ? null : "C" + random.nextInt(customers);
      LocalDate date = START.plusDays(random.nextInt(730));
      LocalTime time = random.nextInt(3) == 0 ? null : LocalTime.of(9 + random.nextInt(3), 0);
      // Few order numbers, so that orders have several lines, sometimes on different days.
      String orderNo = random.nextInt(3) == 0 ? null : "N" + random.nextInt(40);
      String product = random.nextInt(5) == 0 ? null : "P" + random.nextInt(4);
      long amount = random.nextInt(8) == 0 ? -random.nextInt(5_000) : random.nextInt(20_000);
      sales.add(new Sales.Line(customer, date, time, orderNo, product, amount));
    }
    return sales;
  }

  static CpmThresholds randomThresholds(Random random) {
    int shortDays = random.nextInt(200);
    int longDays = shortDays + random.nextInt(300);
    int lapse = 1 + random.nextInt(400);
    return random.nextBoolean()
        ? CpmThresholds.byAmount(lapse, shortDays, longDays, random.nextInt(60_000) - 5_000)
        : CpmThresholds.byOrderCount(lapse, shortDays, longDays, 1 + random.nextInt(6));
  }
}
