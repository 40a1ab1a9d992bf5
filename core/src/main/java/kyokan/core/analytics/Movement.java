package kyokan.core.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The moves between the previous month's end and this month's: a from-cell × to-cell table of customer
 * counts with "new this month" as an extra row (customers who were not customers at the previous month's
 * end) and, for completeness, "no longer a customer" as an extra column (every purchase refunded since).
 * A cell's row adds up to its count at the previous month's end, a column to its count at this month's
 * end. In the table methods, a null cell stands for that extra row or column. The named moves
 * ({@link MoveKind}) come with the customers behind them. Each month is classified under its own
 * thresholds, so a change of thresholds between the two months shows as moves too.
 */
public final class Movement {
  private static final CpmCell[] CELLS = CpmCell.values();
  /** The table's index of "not a customer": the "new this month" row and the "no longer a customer" column. */
  private static final int NONE = CELLS.length;

  private final CellHistory history;
  private final int k;
  private final int[][] table = new int[NONE + 1][NONE + 1];

  Movement(CellHistory history, int k) {
    this.history = history;
    this.k = k;
    int n = history.customerCount();
    for (int c = 0; c < n; c++) table[slot(history.state(k - 1, c))][slot(history.state(k, c))]++;
    // Codes that are customers at neither month end are not part of the movement.
    table[NONE][NONE] = 0;
  }

  public YearMonth month() { return history.month(k); }

  public YearMonth previousMonth() { return history.month(k - 1); }

  public LocalDate asOf() { return history.month(k).atEndOfMonth(); }

  public CpmThresholds thresholds() { return history.thresholdsAt(k); }

  /** The previous month's thresholds; empty for the first month of the history, before which nobody was a customer. */
  public Optional<CpmThresholds> previousThresholds() {
    return k == 0 ? Optional.empty() : Optional.of(history.thresholdsAt(k - 1));
  }

  /** Customers in {@code from} at the previous month's end and in {@code to} at this one's (null: not a customer). */
  public int count(CpmCell from, CpmCell to) {
    if (from == null && to == null) throw new IllegalArgumentException("a move needs a cell on one side");
    return table[slot(from)][slot(to)];
  }

  /** New this month: customers in {@code to} who were not customers at the previous month's end. */
  public int newCustomers(CpmCell to) { return count(null, to); }

  /** Customers of {@code from} who are no longer customers (their purchases were refunded). */
  public int noLongerCustomers(CpmCell from) { return count(from, null); }

  /** A row's total: customers in {@code from} at the previous month's end (null: all new customers). */
  public int rowTotal(CpmCell from) {
    int total = 0;
    for (int to = 0; to <= NONE; to++) total += table[slot(from)][to];
    return total;
  }

  /** A column's total: customers in {@code to} at this month's end (null: all who stopped being customers). */
  public int columnTotal(CpmCell to) {
    int total = 0;
    for (int from = 0; from <= NONE; from++) total += table[from][slot(to)];
    return total;
  }

  /** The customers behind one entry of the table, in code order. */
  public CustomerList customers(CpmCell from, CpmCell to) {
    count(from, to);
    int a = slot(from);
    int b = slot(to);
    IntList list = new IntList(Math.max(16, table[a][b]));
    for (int c : history.ledger().customersByCode) {
      if (slot(history.state(k - 1, c)) == a && slot(history.state(k, c)) == b) list.add(c);
    }
    return new CustomerList(history.ledger(), list.toArray());
  }

  /** Customers who made a move of this kind, whatever the cells, in code order. */
  public CustomerList customers(MoveKind kind) {
    IntList list = new IntList(64);
    for (int c : history.ledger().customersByCode) {
      if (kindOf(c) == kind) list.add(c);
    }
    return new CustomerList(history.ledger(), list.toArray());
  }

  public int count(MoveKind kind) {
    int total = 0;
    for (int a = 0; a < NONE; a++) {
      for (int b = 0; b < NONE; b++) {
        if (MoveKind.of(CELLS[a], CELLS[b]) == kind) total += table[a][b];
      }
    }
    return total;
  }

  /**
   * Every named move that someone made this month, with its customers: promotions, then lapses, then
   * returns, each by from-cell and to-cell in {@link CpmCell} order.
   */
  public List<NamedMove> namedMoves() {
    IntList[][] members = new IntList[NONE][NONE];
    for (int c : history.ledger().customersByCode) {
      MoveKind kind = kindOf(c);
      if (kind == null) continue;
      int a = history.state(k - 1, c);
      int b = history.state(k, c);
      if (members[a][b] == null) members[a][b] = new IntList(Math.max(4, table[a][b]));
      members[a][b].add(c);
    }
    List<NamedMove> moves = new ArrayList<>();
    for (MoveKind kind : MoveKind.values()) {
      for (int a = 0; a < NONE; a++) {
        for (int b = 0; b < NONE; b++) {
          if (members[a][b] != null && MoveKind.of(CELLS[a], CELLS[b]) == kind) {
            moves.add(new NamedMove(kind, CELLS[a], CELLS[b], new CustomerList(history.ledger(), members[a][b].toArray())));
          }
        }
      }
    }
    return moves;
  }

  private MoveKind kindOf(int c) {
    byte a = history.state(k - 1, c);
    byte b = history.state(k, c);
    return a == CellHistory.NOT_CUSTOMER || b == CellHistory.NOT_CUSTOMER ? null : MoveKind.of(CELLS[a], CELLS[b]);
  }

  private static int slot(CpmCell cell) {
    return cell == null ? NONE : cell.ordinal();
  }

  private static int slot(byte state) {
    return state == CellHistory.NOT_CUSTOMER ? NONE : state;
  }
}
