package kyokan.step.datacapture.entry;

import java.util.Map;
import kyokan.core.sales.Product;
import kyokan.core.step.StepView;

/**
 * One product's form; {@code errors} maps a field to a message key; {@code conflict} holds the saved values
 * when a save was refused because someone saved the product after the form was loaded, else null.
 */
public record ProductEditPage(StepView view, String csrf, Product product, ProductForm form, Map<String, String> errors,
    boolean saved, ProductForm conflict) {

  /** The version the form carries: the product as shown, so a later save by someone else is noticed. */
  public String version() {
    return product.getUpdatedAt().toString();
  }

  public String base() {
    return "/clients/" + view.client().getId() + "/steps/data-capture/";
  }

  public String action() {
    return base() + "products/" + product.getId();
  }
}
