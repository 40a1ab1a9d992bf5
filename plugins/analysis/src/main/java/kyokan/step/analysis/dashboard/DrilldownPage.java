package kyokan.step.analysis.dashboard;

import kyokan.core.i18n.FigureFormat;
import java.util.List;
import kyokan.core.analytics.CustomerTable;
import kyokan.core.step.StepView;

/**
 * A page of a drill-down table.
 *
 * @param title the list's title, already in the page's language
 * @param link the list's own address with its month, without sort or page parameters
 */
public record DrilldownPage(StepView view, FigureFormat format, String month, String asOf, String title, String definition,
    String link, CustomerTable.Column sort, boolean descending, int page, int pageCount, int total,
    List<CustomerTable.Row> rows) {
  public static final int PAGE_SIZE = 50;

  public String base() {
    return "/clients/" + view.client().getId() + "/steps/analysis/";
  }

  /** The link that sorts by {@code column}: descending first for figures, a second click flips it. */
  public String sortLink(CustomerTable.Column column) {
    boolean desc = column == sort ? !descending : column != CustomerTable.Column.CODE && column != CustomerTable.Column.NAME;
    return link + "&sort=" + column.name().toLowerCase() + "&desc=" + desc;
  }

  public String pageLink(int n) {
    return link + "&sort=" + sort.name().toLowerCase() + "&desc=" + descending + "&page=" + n;
  }

  /** ▲/▼ beside the column the table is sorted by. */
  public String arrow(CustomerTable.Column column) {
    return column != sort ? "" : descending ? " ▼" : " ▲";
  }

  public String exportLink(String encoding) {
    return link.replaceFirst("\\?", "/export?") + "&sort=" + sort.name().toLowerCase() + "&desc=" + descending
        + "&encoding=" + encoding;
  }

  public String date(java.time.LocalDate d) {
    return d == null ? FigureFormat.NONE : d.toString();
  }
}
