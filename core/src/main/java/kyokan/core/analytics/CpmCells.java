package kyokan.core.analytics;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every customer's CPM cell as of the basis's date under its thresholds (see {@link CpmThresholds#cellOf}
 * for the rules and boundaries). Each customer with a purchase is in exactly one cell, so the counts add
 * up to the number of customers. Lists are in customer code order.
 */
public final class CpmCells {
  private static final CpmCell[] CELLS = CpmCell.values();
  private final AnalysisBasis basis;
  private final byte[] cellOfCustomer;
  private final CustomerList[] lists;

  private CpmCells(AnalysisBasis basis, byte[] cellOfCustomer, CustomerList[] lists) {
    this.basis = basis;
    this.cellOfCustomer = cellOfCustomer;
    this.lists = lists;
  }

  static CpmCells of(CustomerSnapshot s, AnalysisBasis basis) {
    CpmThresholds t = basis.thresholds();
    byte[] cellOf = new byte[s.purchases.length];
    Arrays.fill(cellOf, (byte) -1);
    IntList[] members = new IntList[CELLS.length];
    for (int i = 0; i < members.length; i++) members[i] = new IntList(64);
    for (int c : s.ledger.customersByCode) {
      if (s.purchases[c] == 0) continue;
      CpmCell cell = t.cellOf(s.purchases[c], s.lastDay[c] - s.firstDay[c], s.asOf - s.lastDay[c], s.amount[c]);
      cellOf[c] = (byte) cell.ordinal();
      members[cell.ordinal()].add(c);
    }
    CustomerList[] lists = new CustomerList[CELLS.length];
    for (int i = 0; i < lists.length; i++) lists[i] = new CustomerList(s.ledger, members[i].toArray());
    return new CpmCells(basis, cellOf, lists);
  }

  public AnalysisBasis basis() {
    return basis;
  }

  public int count(CpmCell cell) {
    return lists[cell.ordinal()].size();
  }

  public CustomerList customers(CpmCell cell) {
    return lists[cell.ordinal()];
  }

  /** Every cell's count, all ten present. */
  public Map<CpmCell, Integer> counts() {
    Map<CpmCell, Integer> counts = new EnumMap<>(CpmCell.class);
    for (CpmCell cell : CELLS) counts.put(cell, count(cell));
    return counts;
  }

  /** Customers in any cell: everyone with a purchase up to the as-of date. */
  public int total() {
    int total = 0;
    for (CustomerList list : lists) total += list.size();
    return total;
  }

  /** Roughly the heap these cells hold, for the cache's budget. */
  long approximateBytes() {
    return 5L * cellOfCustomer.length;
  }

  /** The cell of a customer (ledger index); empty when they have no purchase up to the as-of date. */
  public Optional<CpmCell> cellOf(int customerIndex) {
    byte cell = cellOfCustomer[customerIndex];
    return cell < 0 ? Optional.empty() : Optional.of(CELLS[cell]);
  }
}
