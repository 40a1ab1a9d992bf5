package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Many random small ledgers (seeded) under random thresholds that change from month to month: the
 * one-pass history gives every customer, at every month end, exactly the cell of a fresh
 * {@link CustomerSnapshot} at that date; every customer is in exactly one cell; and each month's movement
 * table adds up to the two months' counts.
 */
class CellHistoryPropertyTest {
  private static final LocalDate START = LocalDate.of(2023, 1, 1);

  @Test
  void everyMonthEndAgreesWithAFreshSnapshotUnderTheThresholdsInForce() {
    Random random = new Random(20_250_601L);
    Map<CpmCell, Integer> seenCells = new EnumMap<>(CpmCell.class);
    Map<MoveKind, Integer> seenMoves = new EnumMap<>(MoveKind.class);
    int noLongerCustomers = 0;
    for (int round = 0; round < 300; round++) {
      Sales sales = round % 2 == 0 ? CpmCellsPropertyTest.randomSales(random) : refundHeavySales(random);
      Ledger ledger = sales.ledger();
      YearMonth last = YearMonth.from(START).plusMonths(random.nextInt(30));
      Map<YearMonth, CpmThresholds> byMonth = new HashMap<>();
      CpmThresholds current = CpmCellsPropertyTest.randomThresholds(random);
      for (YearMonth m = YearMonth.from(START); !m.isAfter(last); m = m.plusMonths(1)) {
        if (random.nextInt(6) == 0) current = CpmCellsPropertyTest.randomThresholds(random);
        byMonth.put(m, current);
      }
      CellHistory history = CellHistory.of(ledger, last, byMonth::get);
      String context = "round " + round + " to " + last;

      for (YearMonth m : history.months()) {
        CpmThresholds t = byMonth.get(m);
        CustomerSnapshot s = CustomerSnapshot.of(ledger, m.atEndOfMonth());
        assertEquals(t, history.thresholds(m), context);
        assertEquals(s.customerCount(), history.customerCount(m), context + ", " + m);
        Set<Integer> inACell = new HashSet<>();
        for (CpmCell cell : CpmCell.values()) {
          CustomerList list = history.customers(m, cell);
          assertEquals(history.count(m, cell), list.size(), context + ", " + m);
          for (int i = 0; i < list.size(); i++) assertTrue(inACell.add(list.indexAt(i)), context + ": in two cells");
          seenCells.merge(cell, list.size(), Integer::sum);
        }
        for (int c = 0; c < ledger.customerCount(); c++) {
          Optional<CpmCell> expected = s.isCustomer(c) ? Optional.of(s.cell(c, t)) : Optional.empty();
          assertEquals(expected, history.cellOf(c, m), context + ", " + m + ", customer " + ledger.customerCode(c));
          assertEquals(s.isCustomer(c), inACell.contains(c), context);
        }
        Movement move = history.movement(m);
        checkSums(history, move, context + ", " + m);
        for (MoveKind kind : MoveKind.values()) seenMoves.merge(kind, move.count(kind), Integer::sum);
        for (CpmCell cell : CpmCell.values()) noLongerCustomers += move.noLongerCustomers(cell);
      }
    }
    // The random ledgers must reach every cell and move, or the test proves less than it claims.
    assertTrue(seenCells.values().stream().allMatch(n -> n > 20), seenCells::toString);
    assertTrue(seenMoves.values().stream().allMatch(n -> n > 20), seenMoves::toString);
    assertTrue(noLongerCustomers > 5, "refunds that end a customer: " + noLongerCustomers);
  }

  private static void checkSums(CellHistory history, Movement move, String context) {
    YearMonth m = move.month();
    boolean first = m.equals(history.firstMonth());
    int newCustomers = 0;
    int gone = 0;
    for (CpmCell cell : CpmCell.values()) {
      assertEquals(first ? 0 : history.count(m.minusMonths(1), cell), move.rowTotal(cell), context + ", row " + cell);
      assertEquals(history.count(m, cell), move.columnTotal(cell), context + ", column " + cell);
      newCustomers += move.newCustomers(cell);
      gone += move.noLongerCustomers(cell);
    }
    int before = first ? 0 : history.customerCount(m.minusMonths(1));
    assertEquals(history.customerCount(m), before + newCustomers - gone, context);
    assertEquals(newCustomers, move.rowTotal(null), context);
    assertEquals(gone, move.columnTotal(null), context);
    Map<MoveKind, Integer> named = new EnumMap<>(MoveKind.class);
    for (NamedMove nm : move.namedMoves()) {
      assertEquals(nm.kind(), MoveKind.of(nm.from(), nm.to()), context);
      assertEquals(move.count(nm.from(), nm.to()), nm.count(), context + ", " + nm.from() + " → " + nm.to());
      for (int i = 0; i < nm.count(); i++) {
        int c = nm.customers().indexAt(i);
        assertEquals(Optional.of(nm.to()), history.cellOf(c, m), context);
        assertEquals(Optional.of(nm.from()), history.cellOf(c, m.minusMonths(1)), context);
      }
      named.merge(nm.kind(), nm.count(), Integer::sum);
    }
    for (MoveKind kind : MoveKind.values()) {
      assertEquals(move.count(kind), named.getOrDefault(kind, 0), context + ", " + kind);
      assertEquals(move.count(kind), move.customers(kind).size(), context + ", " + kind);
    }
  }

  /** Few customers with many orders numbered in few numbers, a third of the lines negative: orders span days and refunds end purchases. */
  static Sales refundHeavySales(Random random) {
    Sales sales = Sales.of();
    int customers = 1 + random.nextInt(5);
    int lines = random.nextInt(80);
    for (int i = 0; i < lines; i++) {
      String customer = random.nextInt(12) == 0 ? null : "R" + random.nextInt(customers);
      LocalDate date = START.plusDays(random.nextInt(700));
      LocalTime time = random.nextBoolean() ? null : LocalTime.of(10 + random.nextInt(2), 0);
      String orderNo = random.nextInt(4) == 0 ? null : "M" + random.nextInt(8);
      long amount = random.nextInt(3) == 0 ? -random.nextInt(12_000) : random.nextInt(15_000);
      sales.add(new Sales.Line(customer, date, time, orderNo, null, amount));
      if (customer != null && amount > 0 && random.nextInt(4) == 0) {
        // A full refund of this line some weeks later, on the same order (or that day's, without a number).
        LocalDate refund = orderNo == null ? date : date.plusDays(random.nextInt(90));
        sales.add(new Sales.Line(customer, refund, null, orderNo, null, -amount));
      }
    }
    return sales;
  }
}
