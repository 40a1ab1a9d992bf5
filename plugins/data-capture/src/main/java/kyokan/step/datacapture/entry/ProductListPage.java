package kyokan.step.datacapture.entry;

import java.util.Map;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.sales.Page;
import kyokan.core.sales.Product;
import kyokan.core.step.StepView;

/** One page of the client's products with the form to add one; {@code errors} belong to that form. */
public record ProductListPage(StepView view, String csrf, String query, Page<Product> products, ProductForm form,
    Map<String, String> errors, boolean added) {

  public String base() {
    return "/clients/" + view.client().getId() + "/steps/data-capture/";
  }

  public String pageLink() {
    return base() + "products?q=" + EntryRequests.encode(query) + "&page=";
  }

  /** The unit price, or a dash when the shop has not given one. */
  public String price(Product p) {
    return p.getUnitPrice() == null ? "–" : MoneyFormat.format(p.getUnitPrice(), view.client().getCurrency());
  }
}
