package kyokan.step.datacapture.entry;

import java.util.Map;
import kyokan.core.sales.Product;
import kyokan.core.sales.ProductInput;
import kyokan.core.step.StepRequest;

/** The product form as typed; the price is text until it is read in the client's currency. */
public record ProductForm(String code, String name, String unitPrice) {

  static ProductForm empty() {
    return new ProductForm("", "", "");
  }

  static ProductForm of(Product p, int minorDigits) {
    return new ProductForm(p.getCode() == null ? "" : p.getCode(), p.getName() == null ? "" : p.getName(),
        Fields.moneyInput(p.getUnitPrice(), minorDigits));
  }

  static ProductForm read(StepRequest req) {
    return new ProductForm(EntryRequests.text(req, "code"), EntryRequests.text(req, "name"), EntryRequests.text(req, "unitPrice"));
  }

  ProductInput toInput(int minorDigits, Map<String, String> errors) {
    return new ProductInput(code, name, Fields.money(unitPrice, minorDigits, errors, "unitPrice"));
  }
}
