package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The month-by-month cells on hand-made ledgers: METHOD.md's boundaries, movement tables and named moves. */
class CellHistoryTest {
  private static final YearMonth JAN = YearMonth.of(2024, 1);
  private static final YearMonth FEB = YearMonth.of(2024, 2);
  private static final YearMonth MAR = YearMonth.of(2024, 3);
  private static final YearMonth APR = YearMonth.of(2024, 4);
  private static final YearMonth MAY = YearMonth.of(2024, 5);
  private static final YearMonth JUL = YearMonth.of(2024, 7);
  /** Lapsed after 60 days, よちよち below 30 days of tenure, 優良 from 90, big from ¥10,000. */
  private static final CpmThresholds SHORT = CpmThresholds.byAmount(60, 30, 90, 10_000);

  @Test
  void tenureExactlyAtALimitIsPastIt() {
    Ledger ledger = Sales.of()
        .line("2024-01-01", "T90", null, null, 5_000).line("2024-03-31", "T90", null, null, 5_000)
        .line("2024-01-02", "T89", null, null, 5_000).line("2024-03-31", "T89", null, null, 5_000)
        .line("2024-01-01", "L210", null, null, 40_000).line("2024-07-29", "L210", null, null, 30_000)
        .line("2024-01-02", "L209", null, null, 40_000).line("2024-07-29", "L209", null, null, 30_000)
        .ledger();
    CellHistory history = CellHistory.of(ledger, JUL, CpmThresholds.DEFAULTS);

    assertCell(history, "T90", MAR, CpmCell.STEADY);
    assertCell(history, "T89", MAR, CpmCell.TODDLER);
    assertCell(history, "L210", JUL, CpmCell.LOYAL);
    assertCell(history, "L209", JUL, CpmCell.TREND);
  }

  @Test
  void anAmountExactlyAtTheLimitIsBig() {
    Ledger ledger = Sales.of()
        .line("2024-01-01", "A70000", null, null, 40_000).line("2024-07-29", "A70000", null, null, 30_000)
        .line("2024-01-01", "A69999", null, null, 40_000).line("2024-07-29", "A69999", null, null, 29_999)
        .ledger();
    CellHistory history = CellHistory.of(ledger, JUL, CpmThresholds.DEFAULTS);

    assertCell(history, "A70000", JUL, CpmCell.LOYAL);
    assertCell(history, "A69999", JUL, CpmCell.STEADY);
  }

  @Test
  void recencyExactlyAtTheCutOffIsLapsed() {
    // 2025-03-31 − 240 days = 2024-08-03.
    Ledger ledger = Sales.of()
        .line("2024-08-03", "R240", null, null, 5_000)
        .line("2024-08-04", "R239", null, null, 5_000)
        .ledger();
    CellHistory history = CellHistory.of(ledger, YearMonth.of(2025, 3), CpmThresholds.DEFAULTS);

    assertCell(history, "R240", YearMonth.of(2025, 2), CpmCell.FIRST_TIMER);
    assertCell(history, "R240", YearMonth.of(2025, 3), CpmCell.FIRST_TIMER_LAPSED);
    assertCell(history, "R239", YearMonth.of(2025, 3), CpmCell.FIRST_TIMER);
  }

  @Test
  void onTheCountAxisBigMeansEnoughPurchases() {
    Ledger ledger = Sales.of()
        .line("2024-01-01", "K3", null, null, 1_000).line("2024-04-01", "K3", null, null, 1_000)
        .line("2024-07-29", "K3", null, null, 1_000)
        .line("2024-01-01", "K2", null, null, 90_000).line("2024-07-29", "K2", null, null, 90_000)
        .line("2024-01-02", "K3TREND", null, null, 1_000).line("2024-02-01", "K3TREND", null, null, 1_000)
        .line("2024-07-29", "K3TREND", null, null, 1_000)
        .ledger();
    CellHistory history = CellHistory.of(ledger, JUL, CpmThresholds.byOrderCount(240, 90, 210, 3));

    assertCell(history, "K3", JUL, CpmCell.LOYAL);
    assertCell(history, "K2", JUL, CpmCell.STEADY);
    assertCell(history, "K3TREND", JUL, CpmCell.TREND);
  }

  @Test
  void movementTablesAddUpAndNameTheMoves() {
    Ledger ledger = movingShop();
    CellHistory history = CellHistory.of(ledger, MAY, SHORT);

    assertEquals(List.of(JAN, FEB, MAR, APR, MAY), history.months());
    Movement feb = history.movement(FEB);
    assertEquals(1, feb.count(CpmCell.FIRST_TIMER, CpmCell.TODDLER));
    assertEquals(1, feb.newCustomers(CpmCell.FIRST_TIMER));
    assertMoves(feb, "PROMOTION 初回→よちよち [A]");

    Movement mar = history.movement(MAR);
    assertMoves(mar, "PROMOTION 初回→コツコツ [F]", "LAPSE 初回→初回離脱 [B, C]");
    assertEquals(1, mar.noLongerCustomers(CpmCell.FIRST_TIMER));
    assertEquals(List.of("E"), mar.customers(CpmCell.FIRST_TIMER, null).codes());
    assertEquals(List.of("D"), mar.customers(null, CpmCell.FIRST_TIMER).codes());
    assertEquals(history.customerCount(FEB), Arrays.stream(CpmCell.values()).mapToInt(mar::rowTotal).sum());
    assertEquals(5, history.customerCount(MAR));
    assertEquals(2, history.count(MAR, CpmCell.FIRST_TIMER_LAPSED));
    for (CpmCell cell : CpmCell.values()) {
      assertEquals(history.count(FEB, cell), mar.rowTotal(cell), cell.name());
      assertEquals(history.count(MAR, cell), mar.columnTotal(cell), cell.name());
    }

    assertMoves(history.movement(APR), "LAPSE よちよち→よちよち離脱 [A]", "RETURN 初回離脱→コツコツ [C]",
        "RETURN 初回離脱→優良 [B]");
    assertMoves(history.movement(MAY), "LAPSE 初回→初回離脱 [D]", "LAPSE コツコツ→コツコツ離脱 [F]",
        "LAPSE 優良→優良離脱 [B]");
    assertEquals(3, history.movement(MAY).count(MoveKind.LAPSE));
    assertEquals(List.of("B", "D", "F"), history.movement(MAY).customers(MoveKind.LAPSE).codes());
    assertEquals(4, history.movements().size());
  }

  @Test
  void onlyForwardMovesAlongTheIdealPathArePromotions() {
    assertEquals(MoveKind.PROMOTION, MoveKind.of(CpmCell.TODDLER, CpmCell.LOYAL));
    assertEquals(MoveKind.PROMOTION, MoveKind.of(CpmCell.FIRST_TIMER, CpmCell.STEADY));
    assertEquals(null, MoveKind.of(CpmCell.TREND, CpmCell.LOYAL));
    assertEquals(null, MoveKind.of(CpmCell.STEADY, CpmCell.TREND));
    assertEquals(null, MoveKind.of(CpmCell.LOYAL, CpmCell.STEADY));
    assertEquals(null, MoveKind.of(CpmCell.STEADY_LAPSED, CpmCell.LOYAL_LAPSED));
    assertEquals(MoveKind.LAPSE, MoveKind.of(CpmCell.LOYAL, CpmCell.TODDLER_LAPSED));
    assertEquals(MoveKind.RETURN, MoveKind.of(CpmCell.FIRST_TIMER_LAPSED, CpmCell.TODDLER));
    assertEquals(null, MoveKind.of(null, CpmCell.FIRST_TIMER));
  }

  @Test
  void aCustomersOwnHistoryListsEveryMonthEnd() {
    CellHistory history = CellHistory.of(movingShop(), MAY, SHORT);
    int c = Sales.customer(history.ledger(), "C");
    int d = Sales.customer(history.ledger(), "D");

    assertEquals(Arrays.asList(CpmCell.FIRST_TIMER, CpmCell.FIRST_TIMER, CpmCell.FIRST_TIMER_LAPSED, CpmCell.STEADY,
        CpmCell.STEADY), history.customerHistory(c).stream().map(MonthCell::cell).toList());
    assertEquals(Arrays.asList(null, null, CpmCell.FIRST_TIMER, CpmCell.FIRST_TIMER, CpmCell.FIRST_TIMER_LAPSED),
        history.customerHistory(d).stream().map(MonthCell::cell).toList());
    assertEquals(LocalDate.of(2024, 2, 29), history.customerHistory(c).get(1).asOf());
  }

  @Test
  void eachMonthUsesTheThresholdsInForceAtItsEnd() {
    CpmThresholds later = CpmThresholds.byAmount(60, 30, 90, 1_000);
    CellHistory history = CellHistory.of(movingShop(), MAY, m -> m.isBefore(MAY) ? SHORT : later);

    assertCell(history, "C", APR, CpmCell.STEADY);
    assertCell(history, "C", MAY, CpmCell.LOYAL);
    assertEquals(later, history.movement(MAY).thresholds());
    assertEquals(Optional.of(SHORT), history.movement(MAY).previousThresholds());
    assertEquals(Optional.empty(), history.movement(JAN).previousThresholds());
  }

  @Test
  void anEmptyLedgerOrAnEarlierLastMonthHasNoMonths() {
    assertTrue(CellHistory.of(Sales.of().ledger(), MAY, SHORT).months().isEmpty());
    CellHistory before = CellHistory.of(movingShop(), YearMonth.of(2023, 12), SHORT);
    assertTrue(before.months().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> before.counts(JAN));
  }

  /**
   * Under {@link #SHORT}: A 初回 → よちよち (Feb) → lapsed (Apr); B 初回, lapsed (Mar), back as 優良 (Apr), lapsed
   * (May); C lapsed (Mar), back as コツコツ (Apr); D new in March; E's only order refunded in March; F 初回 →
   * コツコツ in one step (Mar).
   */
  private static Ledger movingShop() {
    return Sales.of()
        .line("2024-01-10", "A", null, null, 3_000).line("2024-02-05", "A", null, null, 3_000)
        .line("2024-01-01", "B", null, null, 6_000).line("2024-04-01", "B", null, null, 6_000)
        .line("2024-01-05", "C", null, null, 1_000).line("2024-04-20", "C", null, null, 1_000)
        .line("2024-03-15", "D", null, null, 3_000)
        .line("2024-02-10", "E", "E1", null, 5_000).line("2024-03-03", "E", "E1", null, -5_000)
        .line("2024-01-02", "F", null, null, 1_000).line("2024-03-05", "F", null, null, 1_000)
        .ledger();
  }

  private static void assertMoves(Movement move, String... expected) {
    List<String> actual = move.namedMoves().stream()
        .map(m -> m.kind() + " " + m.from().japanese() + "→" + m.to().japanese() + " " + m.customers().codes())
        .toList();
    assertEquals(List.of(expected), actual, move.month().toString());
  }

  private static void assertCell(CellHistory history, String code, YearMonth month, CpmCell expected) {
    int c = Sales.customer(history.ledger(), code);
    assertEquals(Optional.of(expected), history.cellOf(c, month), code + " at " + month);
    CustomerSnapshot s = CustomerSnapshot.of(history.ledger(), month.atEndOfMonth());
    assertEquals(expected, s.cell(c, history.thresholds(month)), code + " at " + month + " (snapshot)");
  }
}
