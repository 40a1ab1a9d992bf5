package kyokan.step.segmentation.members;

import java.util.List;
import kyokan.core.analytics.MonthCell;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.sales.Customer;
import kyokan.core.step.StepView;
import kyokan.step.segmentation.common.Definitions;

/**
 * One customer's cell at every month end up to {@code month}, as stretches and month by month (newest first).
 *
 * @param months every month end, newest first
 */
public record CustomerHistoryPage(StepView view, FigureFormat format, Customer customer, String month,
    List<CellStretch> stretches, List<MonthCell> months) {

  public String base() {
    return "/clients/" + view.client().getId() + "/steps/segmentation/";
  }

  public String customerPage() {
    return "/clients/" + view.client().getId() + "/steps/data-capture/customers/" + customer.getId();
  }

  public String thresholds(MonthCell m) {
    return new Definitions(view, format).summary(m.thresholds());
  }
}
