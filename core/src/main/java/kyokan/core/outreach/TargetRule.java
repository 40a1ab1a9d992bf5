package kyokan.core.outreach;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import kyokan.core.ValidationException;
import kyokan.core.analytics.CpmCell;

/**
 * Who a list is for: customers in one or more CPM cells as of a month end, optionally narrowed by the days
 * since their last purchase (inclusive bounds), a product they bought up to that date, or a tag.
 *
 * @param postal whether the list goes by post: customers without a postcode and address are left out and listed
 */
public record TargetRule(LocalDate asOf, Set<CpmCell> cells, Integer minDaysSince, Integer maxDaysSince,
    Long productId, String tag, boolean postal) {

  public TargetRule {
    if (asOf == null) throw new ValidationException("asOf", "error.asOf");
    if (cells == null || cells.isEmpty()) {
      throw new ValidationException("cells", "error.cells");
    }
    if (minDaysSince != null && minDaysSince < 0 || maxDaysSince != null && maxDaysSince < 0) {
      throw new ValidationException("days", "error.days");
    }
    if (minDaysSince != null && maxDaysSince != null && minDaysSince > maxDaysSince) {
      throw new ValidationException("days", "error.daysOrder");
    }
    cells = Set.copyOf(EnumSet.copyOf(cells));
    tag = tag == null || tag.isBlank() ? null : tag.strip();
  }

  /** The cells in their enum order, e.g. {@code FIRST_TIMER_LAPSED,LOYAL}: how the list stores them and how kinds compare. */
  public String cellsKey() {
    return CellsKey.of(cells);
  }
}
