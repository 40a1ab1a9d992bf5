package kyokan.step.datacapture.entry;

import java.util.Map;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.sales.Customer;
import kyokan.core.sales.Page;
import kyokan.core.sales.SaleLine;
import kyokan.core.step.StepView;

/**
 * A new customer's form, or an existing one's with their sales. {@code customer} and {@code sales} are
 * null for a new customer; {@code errors} maps a field to a message key.
 */
public record CustomerEditPage(StepView view, String csrf, Customer customer, CustomerForm form, Map<String, String> errors,
    Page<SaleLine> sales, boolean saved) {

  public String base() {
    return "/clients/" + view.client().getId() + "/steps/data-capture/";
  }

  public boolean isNew() {
    return customer == null;
  }

  public String action() {
    return base() + (isNew() ? "customers" : "customers/" + customer.getId());
  }

  /** Where a merged customer went, or null. */
  public String mergedIntoLink() {
    return isNew() || customer.getMergedInto() == null ? null : base() + "customers/" + customer.getMergedInto();
  }

  public String money(long minor) {
    return MoneyFormat.format(minor, view.client().getCurrency());
  }
}
