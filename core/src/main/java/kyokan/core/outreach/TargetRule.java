package kyokan.core.outreach;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import kyokan.core.ValidationException;
import kyokan.core.analytics.CpmCell;

/**
 * Who a list is for: customers in one or more CPM cells as of a month end, optionally narrowed by the days
 * since their last purchase (inclusive bounds), a product they bought up to that date, a tag, or a chosen set
 * of customers (e.g. step 6's VIPs at risk).
 *
 * @param postal whether the list goes by post: customers without a postcode and address are left out and listed
 * @param customerIds when not null, only these customers (database ids) can be on the list; the frozen members
 *     are the lasting record of who was chosen, so a list read back from the database has none
 */
public record TargetRule(LocalDate asOf, Set<CpmCell> cells, Integer minDaysSince, Integer maxDaysSince,
    Long productId, String tag, boolean postal, Set<Long> customerIds) {

  public TargetRule(LocalDate asOf, Set<CpmCell> cells, Integer minDaysSince, Integer maxDaysSince, Long productId,
      String tag, boolean postal) {
    this(asOf, cells, minDaysSince, maxDaysSince, productId, tag, postal, null);
  }

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
    if (customerIds != null && customerIds.isEmpty()) throw new ValidationException("customers", "error.noCustomers");
    customerIds = customerIds == null ? null : Set.copyOf(customerIds);
  }

  /** The same rule for a list that goes by post or not. */
  public TargetRule withPostal(boolean byPost) {
    return new TargetRule(asOf, cells, minDaysSince, maxDaysSince, productId, tag, byPost, customerIds);
  }

  /** The cells in their enum order, e.g. {@code FIRST_TIMER_LAPSED,LOYAL}: how the list stores them and how kinds compare. */
  public String cellsKey() {
    return CellsKey.of(cells);
  }
}
