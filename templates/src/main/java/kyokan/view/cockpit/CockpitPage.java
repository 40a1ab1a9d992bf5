package kyokan.view.cockpit;

import java.util.List;

/**
 * The consultant's cockpit: the rows as sorted and filtered, and the choices of the sort and filter form.
 *
 * @param alertKinds the alert filters on offer: value and label
 * @param printMonth the month "print all reports" suggests (YYYY-MM)
 */
public record CockpitPage(List<CockpitLine> lines, int clientCount, String sort, String dir, String monthFilter,
    String alertFilter, List<Option> alertKinds, String printMonth) {

  public record Option(String value, String label) {}

  /** The link that sorts by {@code column}, turning the direction round when it is already the sort. */
  public String sortLink(String column) {
    String next = column.equals(sort) && "asc".equals(dir) ? "desc" : "asc";
    return "/?sort=" + column + "&dir=" + next + (monthFilter.isEmpty() ? "" : "&month=" + monthFilter)
        + (alertFilter.isEmpty() ? "" : "&alert=" + alertFilter);
  }
}
