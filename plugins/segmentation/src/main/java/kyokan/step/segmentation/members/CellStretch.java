package kyokan.step.segmentation.members;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.MonthCell;

/**
 * Consecutive month ends a customer spent in one cell: a customer's history read as a few lines
 * ("2025-03〜2025-05 初回客") rather than one line per month.
 *
 * @param cell null for the months before the first purchase
 */
public record CellStretch(YearMonth from, YearMonth to, CpmCell cell) {

  public int months() {
    return (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue()) + 1;
  }

  /** The stretches, newest first, leaving out the months before the customer's first purchase. */
  public static List<CellStretch> of(List<MonthCell> history) {
    List<CellStretch> stretches = new ArrayList<>();
    for (MonthCell m : history) {
      if (!m.isCustomer() && stretches.isEmpty()) continue;
      CellStretch last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
      if (last != null && last.cell() == m.cell()) {
        stretches.set(stretches.size() - 1, new CellStretch(last.from(), m.month(), m.cell()));
      } else {
        stretches.add(new CellStretch(m.month(), m.month(), m.cell()));
      }
    }
    java.util.Collections.reverse(stretches);
    return stretches;
  }
}
