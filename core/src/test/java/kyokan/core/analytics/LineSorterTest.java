package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Lines handed over in any order make the same ledger as lines built in ledger order: shuffled, already
 * in ledger order (the loader's case, passed straight through), and in ledger order but for one line
 * (sorted after all, with order numbers keyed per run of a customer's lines until then).
 */
class LineSorterTest {

  @Test
  void linesInAnyOrderMakeTheSameLedgerAsSortedOnes() {
    Random random = new Random(42);
    for (int round = 0; round < 300; round++) {
      Sales sales = CpmCellsPropertyTest.randomSales(random);
      Ledger expected = sales.ledger();
      List<Sales.Line> shuffled = new ArrayList<>(sales.lines());
      Collections.shuffle(shuffled, random);
      List<Sales.Line> oneOutOfPlace = sales.inLedgerOrder();
      if (!oneOutOfPlace.isEmpty()) oneOutOfPlace.add(oneOutOfPlace.remove(random.nextInt(oneOutOfPlace.size())));

      assertSameLedger(expected, sales.ledgerThroughSorter(shuffled), "shuffled, round " + round);
      assertSameLedger(expected, sales.ledgerThroughSorter(sales.inLedgerOrder()), "in order, round " + round);
      assertSameLedger(expected, sales.ledgerThroughSorter(oneOutOfPlace), "one out of place, round " + round);
    }
  }

  @Test
  void aCustomerWithManyOrderNumbersKeepsThemApart() {
    Sales sales = Sales.of();
    for (int i = 0; i < 40; i++) {
      LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i % 7);
      sales.line(day, "C1", "N" + i, "P1", 100 + i).line(day, "C1", "N" + i, "P2", 1).line(day, "C2", "N" + i, "P1", 5);
    }
    Ledger expected = sales.ledger();
    assertEquals(80, expected.orderCount());
    assertSameLedger(expected, sales.ledgerThroughSorter(sales.inLedgerOrder()), "in order");
    List<Sales.Line> reversed = new ArrayList<>(sales.lines());
    Collections.reverse(reversed);
    assertSameLedger(expected, sales.ledgerThroughSorter(reversed), "reversed");
  }

  private static void assertSameLedger(Ledger sorted, Ledger other, String context) {
    assertEquals(sorted.lineCount(), other.lineCount(), context);
    assertEquals(sorted.customerCount(), other.customerCount(), context);
    assertEquals(sorted.orderCount(), other.orderCount(), context);
    long[] sortedOrderNet = new long[sorted.orderCount()];
    long[] otherOrderNet = new long[other.orderCount()];
    for (int i = 0; i < sorted.lineCount(); i++) {
      // Lines of one order at one moment may swap places; everything that orders them may not.
      assertEquals(sorted.lineCustomer(i), other.lineCustomer(i), context);
      assertEquals(sorted.lineDate(i), other.lineDate(i), context);
      assertEquals(sorted.lineSecondOfDay(i), other.lineSecondOfDay(i), context);
      assertEquals(sorted.lineOrder(i), other.lineOrder(i), context);
      if (sorted.lineOrder(i) >= 0) {
        sortedOrderNet[sorted.lineOrder(i)] += sorted.lineAmount(i);
        otherOrderNet[other.lineOrder(i)] += other.lineAmount(i);
      }
    }
    assertArrayEquals(sortedOrderNet, otherOrderNet, context);
    LocalDate asOf = LocalDate.of(2024, 6, 30);
    CustomerSnapshot a = CustomerSnapshot.of(sorted, asOf);
    CustomerSnapshot b = CustomerSnapshot.of(other, asOf);
    for (int c = 0; c < sorted.customerCount(); c++) {
      assertEquals(a.purchases(c), b.purchases(c), context);
      assertEquals(a.amount(c), b.amount(c), context);
    }
    assertEquals(a.newRevenue, b.newRevenue, context);
  }
}
