package kyokan.core.sales;

import java.util.LinkedHashMap;
import java.util.Map;

/** What makes a product storable. By hand a name is required; a file's row may name a product by its code alone. */
final class ProductRules {
  private ProductRules() {}

  static Map<String, String> problems(ProductInput in, boolean nameRequired) {
    Map<String, String> p = new LinkedHashMap<>();
    if (Text.clean(in.name()) == null && (nameRequired || Text.clean(in.code()) == null)) p.put("name", "error.required");
    CustomerRules.length(p, "code", in.code(), SaleLineRules.MAX_CODE);
    CustomerRules.length(p, "name", in.name(), SaleLineRules.MAX_PRODUCT_NAME);
    if (in.unitPrice() != null && in.unitPrice() < 0) p.put("unitPrice", "error.sales.price.negative");
    return p;
  }
}
