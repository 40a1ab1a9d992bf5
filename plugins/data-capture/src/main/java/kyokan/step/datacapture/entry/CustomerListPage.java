package kyokan.step.datacapture.entry;

import kyokan.core.sales.Customer;
import kyokan.core.sales.Page;
import kyokan.core.step.StepView;

/** One page of the client's customers, found by {@code query} (blank: all). */
public record CustomerListPage(StepView view, String query, Page<Customer> customers) {
  public String base() {
    return "/clients/" + view.client().getId() + "/steps/data-capture/";
  }

  /** The link to another page of the same search, to which the page number is appended. */
  public String pageLink() {
    return base() + "customers?q=" + EntryRequests.encode(query) + "&page=";
  }

  /** Consent as the list shows it: yes, no, or not asked yet. */
  public String consent(Customer c) {
    Boolean consent = c.getContactConsent();
    return view.t(consent == null ? "customer.consent.unknown" : consent ? "customer.consent.yes" : "customer.consent.no");
  }
}
