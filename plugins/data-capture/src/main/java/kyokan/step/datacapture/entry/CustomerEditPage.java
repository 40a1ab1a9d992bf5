package kyokan.step.datacapture.entry;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.MonthCell;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.sales.Customer;
import kyokan.core.sales.Page;
import kyokan.core.sales.SaleLine;
import kyokan.core.step.StepView;

/**
 * A new customer's form, or an existing one's with their sales. {@code customer} and {@code sales} are
 * null for a new customer; {@code errors} maps a field to a message key; {@code cells} is the customer's
 * CPM cell over the month ends (step 3's engine), newest first, empty before any purchase; {@code conflict}
 * holds the saved values when a save was refused because someone saved the customer after the form was
 * loaded, else null.
 */
public record CustomerEditPage(StepView view, String csrf, Customer customer, CustomerForm form, Map<String, String> errors,
    Page<SaleLine> sales, boolean saved, List<CellStretch> cells, CustomerForm conflict) {

  /** The version the form carries (empty for a new customer), so a later save by someone else is noticed. */
  public String version() {
    return customer == null ? "" : customer.getUpdatedAt().toString();
  }

  /** Consecutive month ends in one cell; {@code cell} null while every purchase was refunded. */
  public record CellStretch(YearMonth from, YearMonth to, CpmCell cell) {
    /** The stretches of a customer's month-end cells, newest first, from the first purchase on. */
    public static List<CellStretch> of(List<MonthCell> history) {
      List<CellStretch> list = new ArrayList<>();
      for (MonthCell m : history) {
        if (!m.isCustomer() && list.isEmpty()) continue;
        CellStretch last = list.isEmpty() ? null : list.get(list.size() - 1);
        if (last != null && last.cell() == m.cell()) list.set(list.size() - 1, new CellStretch(last.from(), m.month(), m.cell()));
        else list.add(new CellStretch(m.month(), m.month(), m.cell()));
      }
      Collections.reverse(list);
      return list;
    }
  }

  /** Step 3's page of this customer's cells month by month. */
  public String cellHistoryLink() {
    return "/clients/" + view.client().getId() + "/steps/segmentation/customers/" + customer.getId();
  }

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
