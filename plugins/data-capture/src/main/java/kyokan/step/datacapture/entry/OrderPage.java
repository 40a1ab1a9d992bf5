package kyokan.step.datacapture.entry;

import java.util.List;
import java.util.Map;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.sales.Customer;
import kyokan.core.sales.Page;
import kyokan.core.sales.Product;
import kyokan.core.sales.SaleLine;
import kyokan.core.step.StepView;

/**
 * The order form with the client's products to choose from and the latest lines below.
 *
 * @param pinned the customer the form was opened from, or null
 * @param recorded how many lines the order just stored held, or null
 */
public record OrderPage(StepView view, String csrf, OrderForm form, Map<String, String> errors, List<Product> products,
    Customer pinned, Page<SaleLine> recent, Map<Long, String> customerLabels, Integer recorded) {

  public String base() {
    return "/clients/" + view.client().getId() + "/steps/data-capture/";
  }

  /** A product as the drop-down shows it: name, code and price when known. */
  public String productLabel(Product p) {
    StringBuilder label = new StringBuilder(p.getName());
    if (p.getCode() != null && !p.getCode().equals(p.getName())) label.append(" (").append(p.getCode()).append(')');
    if (p.getUnitPrice() != null) label.append(" · ").append(MoneyFormat.format(p.getUnitPrice(), view.client().getCurrency()));
    return label.toString();
  }

  public boolean isSelected(OrderForm.Line line, Product p) {
    return line.productId().equals(String.valueOf(p.getId()));
  }

  public String field(int row, String cell) {
    return OrderForm.lineField(row, cell);
  }
}
