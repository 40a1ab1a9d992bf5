package kyokan.step.datacapture.entry;

import java.util.Map;
import kyokan.core.sales.Product;
import kyokan.core.step.StepView;

/** One product's form; {@code errors} maps a field to a message key. */
public record ProductEditPage(StepView view, String csrf, Product product, ProductForm form, Map<String, String> errors,
    boolean saved) {

  public String base() {
    return "/clients/" + view.client().getId() + "/steps/data-capture/";
  }

  public String action() {
    return base() + "products/" + product.getId();
  }
}
