package kyokan.step.datacapture.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerInput;
import kyokan.core.sales.CustomerService;
import kyokan.core.sales.EditConflictException;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;

/** Customers typed by hand or completed after an import: search, add, edit, and one customer's sales. */
final class CustomerController {
  static final int PAGE_SIZE = 50;
  static final int SALES_PAGE_SIZE = 20;
  private final StepTemplates templates;

  CustomerController(StepTemplates templates) {
    this.templates = templates;
  }

  void register(StepRoutes routes) {
    routes.get("customers", this::showCustomers);
    // Before customers/{customerId}, so "new" is never read as an id.
    routes.get("customers/new", this::showNewCustomer);
    routes.post("customers", this::createCustomer);
    routes.get("customers/{customerId}", this::showCustomer);
    routes.post("customers/{customerId}", this::saveCustomer);
  }

  StepResponse showCustomers(StepRequest req) {
    String query = req.query("q").orElse("").strip();
    var customers = service(req).list(EntryRequests.clientId(req), query, EntryRequests.pageNumber(req), PAGE_SIZE);
    return StepResponse.page(req.view().t("customers.title"),
        templates.render("entry/customers.jte", new CustomerListPage(req.view(), query, customers)));
  }

  StepResponse showNewCustomer(StepRequest req) {
    return edit(req, null, CustomerForm.empty(), Map.of());
  }

  StepResponse createCustomer(StepRequest req) {
    CustomerForm form = CustomerForm.read(req);
    Map<String, String> errors = new LinkedHashMap<>();
    CustomerInput input = form.toInput(errors);
    if (errors.isEmpty()) {
      try {
        Customer created = service(req).create(EntryRequests.clientId(req), input);
        return StepResponse.redirect(EntryRequests.base(req) + "customers/" + created.getId() + "?saved=1");
      } catch (ValidationException e) {
        errors.putAll(e.problems());
      }
    }
    return edit(req, null, form, errors);
  }

  StepResponse showCustomer(StepRequest req) {
    Customer customer = service(req).get(EntryRequests.clientId(req), EntryRequests.pathId(req, "customerId"));
    return edit(req, customer, CustomerForm.of(customer), Map.of());
  }

  StepResponse saveCustomer(StepRequest req) {
    // Looked up first: another client's customer, or none, is a 404 whatever the form holds.
    Customer customer = service(req).get(EntryRequests.clientId(req), EntryRequests.pathId(req, "customerId"));
    CustomerForm form = CustomerForm.read(req);
    Map<String, String> errors = new LinkedHashMap<>();
    CustomerInput input = form.toInput(errors);
    if (errors.isEmpty()) {
      try {
        service(req).update(EntryRequests.clientId(req), customer.getId(), input, EntryRequests.version(req));
        return StepResponse.redirect(EntryRequests.base(req) + "customers/" + customer.getId() + "?saved=1");
      } catch (ValidationException e) {
        errors.putAll(e.problems());
      } catch (EditConflictException e) {
        // Both side by side: what is saved now, and the refused input still in the form (carrying the new version).
        Customer saved = service(req).get(EntryRequests.clientId(req), customer.getId());
        return edit(req, saved, form, errors, CustomerForm.of(saved));
      }
    }
    return edit(req, customer, form, errors);
  }

  private StepResponse edit(StepRequest req, Customer customer, CustomerForm form, Map<String, String> errors) {
    return edit(req, customer, form, errors, null);
  }

  private StepResponse edit(StepRequest req, Customer customer, CustomerForm form, Map<String, String> errors,
      CustomerForm conflict) {
    var sales = customer == null ? null
        : service(req).salesOf(EntryRequests.clientId(req), customer.getId(), EntryRequests.pageNumber(req), SALES_PAGE_SIZE);
    boolean saved = errors.isEmpty() && conflict == null && req.query("saved").isPresent();
    String title = customer == null ? req.view().t("customer.new.title") : customer.getLabel();
    return StepResponse.page(title, templates.render("entry/customer.jte",
        new CustomerEditPage(req.view(), req.csrfToken(), customer, form, errors, sales, saved,
            customer == null ? List.of() : cells(req, customer.getId()), conflict)));
  }

  // Up to the last complete month, as step 3 shows it; step 1 reads core's engine, never step 3's plugin.
  private static List<CustomerEditPage.CellStretch> cells(StepRequest req, long customerId) {
    long clientId = EntryRequests.clientId(req);
    return req.services().get(AnalyticsService.class).latestCompleteMonth(clientId)
        .map(m -> CustomerEditPage.CellStretch.of(
            req.services().get(SegmentationService.class).customerHistory(clientId, customerId, m)))
        .orElse(List.of());
  }

  private static CustomerService service(StepRequest req) {
    return req.services().get(CustomerService.class);
  }
}
