package kyokan.core.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every customer's CPM cell at every month end from the month of the first sale to a last month, each
 * month under the thresholds in force at its end (so a threshold history applies month by month). The
 * cell at a month end is exactly {@code CustomerSnapshot.of(ledger, monthEnd).cell(c, thresholds)}, but
 * computed in one pass over each customer's lines for all months together, and kept as one byte per
 * customer per month. Immutable; from it come the counts per cell over time, the {@link Movement}
 * between consecutive month ends, and each customer's own cells over time.
 */
public final class CellHistory {
  /** The byte of a customer who is not a customer (no purchase) at a month end. */
  static final byte NOT_CUSTOMER = -1;
  /** Fifty years of month ends: a byte per customer per month must stay within a heap; older months are left out. */
  static final int MAX_MONTHS = 600;
  private static final CpmCell[] CELLS = CpmCell.values();

  private final Ledger ledger;
  private final int firstMonth;
  private final int[] monthEnd;
  private final CpmThresholds[] thresholds;
  /** Customer c's cell at month k is {@code cells[k × customerCount + c]}: a cell's ordinal or {@link #NOT_CUSTOMER}. */
  private final byte[] cells;
  private final int[][] counts;

  private CellHistory(Ledger ledger, int firstMonth, int[] monthEnd, CpmThresholds[] thresholds, CellHistoryPass pass) {
    this.ledger = ledger;
    this.firstMonth = firstMonth;
    this.monthEnd = monthEnd;
    this.thresholds = thresholds;
    this.cells = pass.cells();
    this.counts = pass.counts();
  }

  /**
   * The cells at every month end from the first sale's month to {@code lastMonth} (none when the ledger is
   * empty or starts after it), month {@code m} classified under {@code thresholdsAt.apply(m)}. A ledger
   * reaching back further than {@link #MAX_MONTHS} months keeps only the last ones; their cells still
   * count every earlier sale.
   */
  public static CellHistory of(Ledger ledger, YearMonth lastMonth, Function<YearMonth, CpmThresholds> thresholdsAt) {
    int last = Days.monthIndex(lastMonth);
    int first = ledger.lineCount == 0 ? last + 1 : Math.min(Days.monthIndex(ledger.firstDay), last + 1);
    first = Math.max(first, last - MAX_MONTHS + 1);
    int[] monthEnd = new int[last - first + 1];
    CpmThresholds[] thresholds = new CpmThresholds[monthEnd.length];
    for (int k = 0; k < monthEnd.length; k++) {
      monthEnd[k] = Days.lastDayOfMonth(first + k);
      thresholds[k] = thresholdsAt.apply(Days.month(first + k));
      if (thresholds[k] == null) throw new IllegalArgumentException("no thresholds for " + Days.month(first + k));
    }
    return new CellHistory(ledger, first, monthEnd, thresholds, new CellHistoryPass(ledger, monthEnd, thresholds).run());
  }

  /** The same thresholds at every month end. */
  public static CellHistory of(Ledger ledger, YearMonth lastMonth, CpmThresholds thresholds) {
    return of(ledger, lastMonth, m -> thresholds);
  }

  public Ledger ledger() { return ledger; }

  /** The month of the first sale; when {@link #months()} is empty, the month after the last month. */
  public YearMonth firstMonth() { return Days.month(firstMonth); }

  public YearMonth lastMonth() { return Days.month(firstMonth + monthEnd.length - 1); }

  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>(monthEnd.length);
    for (int k = 0; k < monthEnd.length; k++) months.add(Days.month(firstMonth + k));
    return months;
  }

  public boolean covers(YearMonth month) {
    int k = Days.monthIndex(month) - firstMonth;
    return k >= 0 && k < monthEnd.length;
  }

  /** The as-of date of a month: its last day. */
  public LocalDate monthEnd(YearMonth month) { return Days.date(monthEnd[index(month)]); }

  /** The thresholds the month's cells were computed under. */
  public CpmThresholds thresholds(YearMonth month) { return thresholds[index(month)]; }

  /** The customer's (ledger index) cell at the month's end; empty when they had no purchase by then. */
  public Optional<CpmCell> cellOf(int customer, YearMonth month) {
    return Optional.ofNullable(cell(index(month), customer));
  }

  public int count(YearMonth month, CpmCell cell) { return counts[index(month)][cell.ordinal()]; }

  /** Every cell's count at the month's end, all ten present. */
  public Map<CpmCell, Integer> counts(YearMonth month) {
    int[] row = counts[index(month)];
    Map<CpmCell, Integer> map = new EnumMap<>(CpmCell.class);
    for (CpmCell cell : CELLS) map.put(cell, row[cell.ordinal()]);
    return map;
  }

  /** Customers at the month's end: everyone with a purchase by then. */
  public int customerCount(YearMonth month) {
    int total = 0;
    for (int n : counts[index(month)]) total += n;
    return total;
  }

  /** The customers in a cell at the month's end, in code order. */
  public CustomerList customers(YearMonth month, CpmCell cell) {
    int base = index(month) * ledger.customerCount;
    IntList list = new IntList(Math.max(16, counts[index(month)][cell.ordinal()]));
    for (int c : ledger.customersByCode) {
      if (cells[base + c] == cell.ordinal()) list.add(c);
    }
    return new CustomerList(ledger, list.toArray());
  }

  /** The moves from the previous month's end to this month's (for the first month, everyone is new). */
  public Movement movement(YearMonth month) {
    return new Movement(this, index(month));
  }

  /** The movement of every month after the first, oldest first. */
  public List<Movement> movements() {
    List<Movement> list = new ArrayList<>(Math.max(0, monthEnd.length - 1));
    for (int k = 1; k < monthEnd.length; k++) list.add(new Movement(this, k));
    return list;
  }

  /** One customer's (ledger index) cell at every month end, oldest first. */
  public List<MonthCell> customerHistory(int customer) {
    if (customer < 0 || customer >= ledger.customerCount) throw new IndexOutOfBoundsException("no customer " + customer);
    List<MonthCell> list = new ArrayList<>(monthEnd.length);
    for (int k = 0; k < monthEnd.length; k++) {
      list.add(new MonthCell(Days.month(firstMonth + k), Days.date(monthEnd[k]), thresholds[k], cell(k, customer)));
    }
    return list;
  }

  /** Roughly the heap this history holds beyond its ledger, for a cache's budget. */
  public long approximateBytes() {
    return (long) cells.length + 64L * monthEnd.length;
  }

  int monthCount() { return monthEnd.length; }

  int customerCount() { return ledger.customerCount; }

  YearMonth month(int k) { return Days.month(firstMonth + k); }

  CpmThresholds thresholdsAt(int k) { return thresholds[k]; }

  /** Customer c's byte at month k: a cell's ordinal or {@link #NOT_CUSTOMER} (also before the first month). */
  byte state(int k, int c) {
    return k < 0 ? NOT_CUSTOMER : cells[k * ledger.customerCount + c];
  }

  int countAt(int k, CpmCell cell) { return k < 0 ? 0 : counts[k][cell.ordinal()]; }

  private CpmCell cell(int k, int c) {
    byte b = state(k, c);
    return b == NOT_CUSTOMER ? null : CELLS[b];
  }

  private int index(YearMonth month) {
    int k = Days.monthIndex(month) - firstMonth;
    if (k < 0 || k >= monthEnd.length) {
      throw new IllegalArgumentException(month + " is outside " + firstMonth() + " … " + lastMonth());
    }
    return k;
  }
}
