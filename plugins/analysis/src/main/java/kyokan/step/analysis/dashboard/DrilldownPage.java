package kyokan.step.analysis.dashboard;

import kyokan.core.analytics.CustomerTablePage;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.step.StepView;

/**
 * A page of a drill-down table.
 *
 * @param title the list's title, already in the page's language
 * @param table the page of the list shown, with its sort, paging and export links
 */
public record DrilldownPage(StepView view, FigureFormat format, String month, String asOf, String title, String definition,
    CustomerTablePage table) {

  public String base() {
    return "/clients/" + view.client().getId() + "/steps/analysis/";
  }

  public String date(java.time.LocalDate d) {
    return d == null ? FigureFormat.NONE : d.toString();
  }
}
