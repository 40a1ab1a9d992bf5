package kyokan.step.segmentation.cells;

import java.util.ArrayList;
import java.util.List;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmCells;
import kyokan.core.analytics.CustomerList;
import kyokan.core.analytics.CustomerSnapshot;
import kyokan.core.analytics.Ratio;

/**
 * One cell's line on the cells page.
 *
 * @param customers share of all customers as of the date
 * @param revenue the members' net amount in the 365-day window ÷ that of every customer in a cell
 * @param amount the members' cumulative net amounts, summed
 * @param purchases the members' purchases, summed (amount ÷ purchases is the cell's average order value)
 */
public record CellRow(CpmCell cell, int count, Ratio customers, Ratio revenue, long amount, long purchases) {

  /** Average order value: cumulative amount ÷ purchases of the members, rounded; 0 without purchases. */
  public long averageOrder() {
    return purchases == 0 ? 0 : Math.round((double) amount / purchases);
  }

  /** The ten cells' lines, in cell order, from the cells and the snapshot of the same date. */
  public static List<CellRow> of(CpmCells cells, CustomerSnapshot s) {
    CpmCell[] all = CpmCell.values();
    long[] window = new long[all.length];
    long[] amount = new long[all.length];
    long[] purchases = new long[all.length];
    long windowTotal = 0;
    for (CpmCell cell : all) {
      CustomerList members = cells.customers(cell);
      for (int i = 0; i < members.size(); i++) {
        int c = members.indexAt(i);
        window[cell.ordinal()] += s.windowAmount(c);
        amount[cell.ordinal()] += s.amount(c);
        purchases[cell.ordinal()] += s.purchases(c);
      }
      windowTotal += window[cell.ordinal()];
    }
    List<CellRow> rows = new ArrayList<>(all.length);
    for (CpmCell cell : all) {
      int i = cell.ordinal();
      rows.add(new CellRow(cell, cells.count(cell), new Ratio(cells.count(cell), cells.total()),
          new Ratio(window[i], windowTotal), amount[i], purchases[i]));
    }
    return rows;
  }
}
