package kyokan.core.analytics;

import java.time.YearMonth;

/**
 * The cohort retention table: one row per calendar month from the first month of the data to the as-of
 * month, holding the customers whose first purchase falls in it; column k is the share of the row's
 * customers with a purchase in the k-th month after it (column 0 is always 100 % of a non-empty row).
 * Purchases after the as-of date are not counted, so the as-of month's column is month-to-date.
 */
public final class CohortTable {
  private final AnalysisBasis basis;
  private final int firstMonth;
  private final int[] sizes;
  private final int[][] active;

  CohortTable(AnalysisBasis basis, int firstMonth, int[] sizes, int[][] active) {
    this.basis = basis;
    this.firstMonth = firstMonth;
    this.sizes = sizes;
    this.active = active;
  }

  static CohortTable of(CustomerSnapshot s, AnalysisBasis basis) {
    return new CohortTable(basis, s.cohortBase, s.cohortSizes, s.cohortActive);
  }

  public AnalysisBasis basis() { return basis; }
  public int rows() { return sizes.length; }
  public YearMonth month(int row) { return Days.month(firstMonth + row); }
  /** Customers whose first purchase falls in the row's month. */
  public int cohortSize(int row) { return sizes[row]; }
  /** Columns of a row: months since, 0 … as-of month. */
  public int columns(int row) { return active[row].length; }
  /** Customers of the row with a purchase in the month {@code monthsSince} after the row's month. */
  public int customersBuying(int row, int monthsSince) { return active[row][monthsSince]; }

  public Ratio share(int row, int monthsSince) {
    return new Ratio(active[row][monthsSince], sizes[row]);
  }
}
