package kyokan.step.segmentfollowup.customers;

import kyokan.core.sales.Customer;
import kyokan.core.sales.Page;
import kyokan.core.step.StepView;
import kyokan.step.segmentfollowup.common.StepPaths;

/** The customers matching a search, 50 to a page, each linking to their timeline. */
public record CustomerSearchPage(StepView view, String query, Page<Customer> customers) {

  public String base() {
    return StepPaths.base(view) + "customers";
  }

  public String timeline(Customer c) {
    return StepPaths.customer(view.client().getId(), c.getId());
  }

  public String pageLink(int page) {
    return base() + "?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8) + "&page=" + page;
  }
}
