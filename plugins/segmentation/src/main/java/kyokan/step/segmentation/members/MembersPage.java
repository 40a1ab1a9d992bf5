package kyokan.step.segmentation.members;

import java.time.LocalDate;
import java.util.List;
import kyokan.core.analytics.CustomerTable;
import kyokan.core.analytics.CustomerTablePage;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.step.StepView;

/**
 * A page of a member list.
 *
 * @param back where the list was opened from (the cells or the movement page, same month)
 * @param withoutConsent how many of the list the export leaves out: no consent to be contacted
 * @param table the page of the list shown, with its sort, paging and export links
 */
public record MembersPage(StepView view, FigureFormat format, String month, LocalDate asOf, String title, String definition,
    String back, int withoutConsent, CustomerTablePage table) {

  public String base() {
    return "/clients/" + view.client().getId() + "/steps/segmentation/";
  }

  /** The CSV of the list; {@code everyone} includes the customers without consent (no contact details for them). */
  public String exportLink(String encoding, boolean everyone) {
    return table.exportLink(encoding) + (everyone ? "&include=all" : "");
  }

  public String customerLink(CustomerTable.Row r) {
    return base() + "customers/" + r.customer().id() + "?month=" + month;
  }

  public String date(LocalDate d) {
    return d == null ? FigureFormat.NONE : d.toString();
  }
}
