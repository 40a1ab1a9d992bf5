package kyokan.core.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A drill-down table: the customers of a list with their aggregates as of the snapshot's date, sortable
 * by any column (ties by customer code) and read a page at a time, or whole for an export.
 */
public final class CustomerTable {
  /** The columns a table can be sorted by. */
  public enum Column { CODE, NAME, FIRST_PURCHASE, LAST_PURCHASE, PURCHASES, AMOUNT, WINDOW_AMOUNT, RECENCY, CELL }

  /**
   * One customer's line.
   *
   * @param amount net amount up to the as-of date (CPM's cumulative amount)
   * @param windowAmount net amount in the 365-day window
   * @param recencyDays days from the last purchase to the as-of date
   */
  public record Row(CustomerRef customer, LocalDate firstPurchase, LocalDate lastPurchase, int purchases,
      long amount, long windowAmount, int recencyDays, CpmCell cell) {}

  /** The column a link names ({@code amount}, {@code recency} …); {@link Column#AMOUNT} when none or unknown. */
  public static Column column(String name) {
    for (Column c : Column.values()) if (c.name().equalsIgnoreCase(name)) return c;
    return Column.AMOUNT;
  }

  /** Whether a link's {@code desc} asks for descending order; without one, amounts sort biggest first. */
  public static boolean descending(String desc, Column column) {
    return desc == null || desc.isBlank() ? column == Column.AMOUNT : Boolean.parseBoolean(desc);
  }

  private final CustomerSnapshot s;
  private final CpmCells cells;
  private final int[] order;

  private CustomerTable(CustomerSnapshot s, CpmCells cells, int[] order) {
    this.s = s;
    this.cells = cells;
    this.order = order;
  }

  /** The list's customers in the list's order; {@code cells} must be of the snapshot's date. */
  public static CustomerTable of(CustomerSnapshot s, CpmCells cells, CustomerList list) {
    if (!cells.basis().asOf().equals(s.asOf())) throw new IllegalArgumentException("cells of another date");
    int[] order = new int[list.size()];
    for (int i = 0; i < order.length; i++) order[i] = list.indexAt(i);
    return new CustomerTable(s, cells, order);
  }

  /** The same customers sorted by {@code column}, ties by customer code. */
  public CustomerTable sortedBy(Column column, boolean descending) {
    int[] sorted = order.clone();
    int[] codeRank = s.ledger.customerCodeRank;
    IntSort.sort(sorted, (a, b) -> {
      int byColumn = compare(column, a, b);
      return byColumn != 0 ? (descending ? -byColumn : byColumn) : codeRank[a] - codeRank[b];
    });
    return new CustomerTable(s, cells, sorted);
  }

  public int size() {
    return order.length;
  }

  public Row row(int i) {
    int c = order[i];
    return new Row(s.ledger.customer(c), s.firstPurchase(c), s.lastPurchase(c), s.purchases[c], s.amount[c],
        s.windowAmount[c], s.recencyDays(c), cells.cellOf(c).orElseThrow());
  }

  /** Rows {@code from … from + count − 1} (fewer at the end). */
  public List<Row> rows(int from, int count) {
    List<Row> rows = new ArrayList<>();
    for (int i = Math.max(0, from); i < Math.min(order.length, from + count); i++) rows.add(row(i));
    return rows;
  }

  private int compare(Column column, int a, int b) {
    return switch (column) {
      case CODE -> s.ledger.customerCodeRank[a] - s.ledger.customerCodeRank[b];
      case NAME -> compareText(s.ledger.customerName(a), s.ledger.customerName(b));
      case FIRST_PURCHASE -> Integer.compare(s.firstDay[a], s.firstDay[b]);
      case LAST_PURCHASE -> Integer.compare(s.lastDay[a], s.lastDay[b]);
      case PURCHASES -> Integer.compare(s.purchases[a], s.purchases[b]);
      case AMOUNT -> Long.compare(s.amount[a], s.amount[b]);
      case WINDOW_AMOUNT -> Long.compare(s.windowAmount[a], s.windowAmount[b]);
      case RECENCY -> Integer.compare(s.lastDay[b], s.lastDay[a]);
      case CELL -> cells.cellOf(a).orElseThrow().compareTo(cells.cellOf(b).orElseThrow());
    };
  }

  // Customers without a name sort after the named ones.
  private static int compareText(String a, String b) {
    if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
    return a.compareTo(b);
  }
}
