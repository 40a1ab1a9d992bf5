package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines arriving in any order come out in ledger order, the same ledger as lines delivered sorted. */
class LineSorterTest {

  @Test
  void shuffledLinesMakeTheSameLedgerAsSortedOnes() {
    Random random = new Random(42);
    for (int round = 0; round < 300; round++) {
      Sales sales = CpmCellsPropertyTest.randomSales(random);
      Ledger sorted = sales.ledger();
      Ledger shuffled = sales.ledgerFromShuffled(random);
      String context = "round " + round;

      assertEquals(sorted.lineCount(), shuffled.lineCount(), context);
      assertEquals(sorted.customerCount(), shuffled.customerCount(), context);
      assertEquals(sorted.orderCount(), shuffled.orderCount(), context);
      long[] sortedOrderNet = new long[sorted.orderCount()];
      long[] shuffledOrderNet = new long[shuffled.orderCount()];
      for (int i = 0; i < sorted.lineCount(); i++) {
        // Lines of one order at one moment may swap places; everything that orders them may not.
        assertEquals(sorted.lineCustomer(i), shuffled.lineCustomer(i), context);
        assertEquals(sorted.lineDate(i), shuffled.lineDate(i), context);
        assertEquals(sorted.lineSecondOfDay(i), shuffled.lineSecondOfDay(i), context);
        assertEquals(sorted.lineOrder(i), shuffled.lineOrder(i), context);
        if (sorted.lineOrder(i) >= 0) {
          sortedOrderNet[sorted.lineOrder(i)] += sorted.lineAmount(i);
          shuffledOrderNet[shuffled.lineOrder(i)] += shuffled.lineAmount(i);
        }
      }
      assertArrayEquals(sortedOrderNet, shuffledOrderNet, context);
      LocalDate asOf = LocalDate.of(2024, 6, 30);
      CustomerSnapshot a = CustomerSnapshot.of(sorted, asOf);
      CustomerSnapshot b = CustomerSnapshot.of(shuffled, asOf);
      for (int c = 0; c < sorted.customerCount(); c++) {
        assertEquals(a.purchases(c), b.purchases(c), context);
        assertEquals(a.amount(c), b.amount(c), context);
      }
      assertEquals(a.newRevenue, b.newRevenue, context);
    }
  }
}
