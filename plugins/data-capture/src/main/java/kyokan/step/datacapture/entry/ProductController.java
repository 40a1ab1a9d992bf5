package kyokan.step.datacapture.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.sales.EditConflictException;
import kyokan.core.sales.Product;
import kyokan.core.sales.ProductInput;
import kyokan.core.sales.ProductService;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;

/** The client's product list kept by hand: search, add from the list page, edit one product. */
final class ProductController {
  static final int PAGE_SIZE = 50;
  private final StepTemplates templates;

  ProductController(StepTemplates templates) {
    this.templates = templates;
  }

  void register(StepRoutes routes) {
    routes.get("products", this::showProducts);
    routes.post("products", this::createProduct);
    routes.get("products/{productId}", this::showProduct);
    routes.post("products/{productId}", this::saveProduct);
  }

  StepResponse showProducts(StepRequest req) {
    return list(req, ProductForm.empty(), Map.of(), req.query("added").isPresent());
  }

  StepResponse createProduct(StepRequest req) {
    ProductForm form = ProductForm.read(req);
    Map<String, String> errors = new LinkedHashMap<>();
    ProductInput input = form.toInput(EntryRequests.minorDigits(req), errors);
    if (errors.isEmpty()) {
      try {
        service(req).create(EntryRequests.clientId(req), input);
        return StepResponse.redirect(EntryRequests.base(req) + "products?added=1");
      } catch (ValidationException e) {
        errors.putAll(e.problems());
      }
    }
    return list(req, form, errors, false);
  }

  StepResponse showProduct(StepRequest req) {
    Product product = service(req).get(EntryRequests.clientId(req), EntryRequests.pathId(req, "productId"));
    return edit(req, product, ProductForm.of(product, EntryRequests.minorDigits(req)), Map.of());
  }

  StepResponse saveProduct(StepRequest req) {
    // Looked up first: another client's product, or none, is a 404 whatever the form holds.
    Product product = service(req).get(EntryRequests.clientId(req), EntryRequests.pathId(req, "productId"));
    ProductForm form = ProductForm.read(req);
    Map<String, String> errors = new LinkedHashMap<>();
    ProductInput input = form.toInput(EntryRequests.minorDigits(req), errors);
    if (errors.isEmpty()) {
      try {
        service(req).update(EntryRequests.clientId(req), product.getId(), input, EntryRequests.version(req));
        return StepResponse.redirect(EntryRequests.base(req) + "products/" + product.getId() + "?saved=1");
      } catch (ValidationException e) {
        errors.putAll(e.problems());
      } catch (EditConflictException e) {
        // Both side by side: what is saved now, and the refused input still in the form (carrying the new version).
        Product saved = service(req).get(EntryRequests.clientId(req), product.getId());
        return edit(req, saved, form, errors, ProductForm.of(saved, EntryRequests.minorDigits(req)));
      }
    }
    return edit(req, product, form, errors);
  }

  private StepResponse list(StepRequest req, ProductForm form, Map<String, String> errors, boolean added) {
    String query = req.query("q").orElse("").strip();
    var products = service(req).list(EntryRequests.clientId(req), query, EntryRequests.pageNumber(req), PAGE_SIZE);
    return StepResponse.page(req.view().t("products.title"), templates.render("entry/products.jte",
        new ProductListPage(req.view(), req.csrfToken(), query, products, form, errors, added)));
  }

  private StepResponse edit(StepRequest req, Product product, ProductForm form, Map<String, String> errors) {
    return edit(req, product, form, errors, null);
  }

  private StepResponse edit(StepRequest req, Product product, ProductForm form, Map<String, String> errors, ProductForm conflict) {
    boolean saved = errors.isEmpty() && conflict == null && req.query("saved").isPresent();
    return StepResponse.page(product.getName(), templates.render("entry/product.jte",
        new ProductEditPage(req.view(), req.csrfToken(), product, form, errors, saved, conflict)));
  }

  private static ProductService service(StepRequest req) {
    return req.services().get(ProductService.class);
  }
}
