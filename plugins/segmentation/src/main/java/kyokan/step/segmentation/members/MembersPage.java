package kyokan.step.segmentation.members;

import java.time.LocalDate;
import java.util.List;
import kyokan.core.analytics.CustomerTable;
import kyokan.core.step.StepView;
import kyokan.core.i18n.FigureFormat;

/**
 * A page of a member list.
 *
 * @param link the list's own address with its month, without sort or page parameters
 * @param back where the list was opened from (the cells or the movement page, same month)
 * @param withoutConsent how many of the list the export leaves out: no consent to be contacted
 */
public record MembersPage(StepView view, FigureFormat format, String month, LocalDate asOf, String title, String definition,
    String link, String back, CustomerTable.Column sort, boolean descending, int page, int pageCount, int total,
    int withoutConsent, List<CustomerTable.Row> rows) {
  public static final int PAGE_SIZE = 50;

  public String base() {
    return "/clients/" + view.client().getId() + "/steps/segmentation/";
  }

  /** The link that sorts by {@code column}: descending first for figures, a second click flips it. */
  public String sortLink(CustomerTable.Column column) {
    boolean desc = column == sort ? !descending : column != CustomerTable.Column.CODE && column != CustomerTable.Column.NAME;
    return link + "&sort=" + column.name().toLowerCase() + "&desc=" + desc;
  }

  public String pageLink(int n) {
    return link + "&sort=" + sort.name().toLowerCase() + "&desc=" + descending + "&page=" + n;
  }

  public String arrow(CustomerTable.Column column) {
    return column != sort ? "" : descending ? " ▼" : " ▲";
  }

  public String exportLink(String encoding, boolean everyone) {
    return link.replaceFirst("\\?", "/export?") + "&sort=" + sort.name().toLowerCase() + "&desc=" + descending
        + "&encoding=" + encoding + (everyone ? "&include=all" : "");
  }

  public String customerLink(CustomerTable.Row r) {
    return base() + "customers/" + r.customer().id() + "?month=" + month;
  }

  public String date(LocalDate d) {
    return d == null ? FigureFormat.NONE : d.toString();
  }
}
