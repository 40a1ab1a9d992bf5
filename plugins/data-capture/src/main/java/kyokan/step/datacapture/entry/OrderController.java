package kyokan.step.datacapture.entry;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerService;
import kyokan.core.sales.NewOrder;
import kyokan.core.sales.OrderEntryService;
import kyokan.core.sales.Product;
import kyokan.core.sales.ProductService;
import kyokan.core.sales.SaleLine;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;

/** The quick form for one order typed by hand, with the latest lines below it to check what was typed. */
final class OrderController {
  static final int RECENT_SIZE = 20;
  /** How many products the form's drop-down offers, by name. */
  static final int MAX_PRODUCTS = 500;
  private final StepTemplates templates;

  OrderController(StepTemplates templates) {
    this.templates = templates;
  }

  void register(StepRoutes routes) {
    routes.get("orders/new", this::showOrderForm);
    routes.post("orders", this::recordOrder);
  }

  StepResponse showOrderForm(StepRequest req) {
    OrderForm form = OrderForm.empty(EntryRequests.today().toString(), req.query("customerId").orElse("").strip());
    Integer recorded = req.query("recorded").map(OrderController::count).orElse(null);
    return page(req, form, Map.of(), recorded, products(req));
  }

  StepResponse recordOrder(StepRequest req) {
    OrderForm form = OrderForm.read(req);
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate date = Fields.date(form.date(), errors, "date");
    LocalTime time = Fields.time(form.time(), errors, "time");
    Long customerId = customerId(req, form, errors);
    Map<Long, Product> products = products(req);
    OrderLines lines = OrderLines.read(form, products, EntryRequests.minorDigits(req), errors);
    if (errors.isEmpty()) {
      try {
        List<SaleLine> stored = req.services().get(OrderEntryService.class)
            .record(EntryRequests.clientId(req), new NewOrder(date, time, form.orderNo(), customerId, lines.lines()));
        return StepResponse.redirect(EntryRequests.base(req) + "orders/new?recorded=" + stored.size());
      } catch (ValidationException e) {
        errors.putAll(lines.toRows(e.problems()));
      }
    }
    return page(req, form, errors, null, products);
  }

  private StepResponse page(StepRequest req, OrderForm form, Map<String, String> errors, Integer recorded,
      Map<Long, Product> products) {
    long clientId = EntryRequests.clientId(req);
    var recent = req.services().get(OrderEntryService.class).recentLines(clientId, EntryRequests.pageNumber(req), RECENT_SIZE);
    Customer pinned = pinned(req, form);
    return StepResponse.page(req.view().t("orders.title"), templates.render("entry/order.jte", new OrderPage(req.view(),
        req.csrfToken(), form, errors, new ArrayList<>(products.values()), pinned, recent, customerLabels(req, recent.items()), recorded)));
  }

  /**
   * The order's customer: the one the form was opened from, else the one the customer field finds — by
   * exact code first, else the only match of a search by name, kana, phone or e-mail.
   */
  private static Long customerId(StepRequest req, OrderForm form, Map<String, String> errors) {
    Customer pinned = pinned(req, form);
    if (pinned != null) return pinned.getId();
    if (form.customer().isBlank()) return null;
    var found = req.services().get(CustomerService.class).list(EntryRequests.clientId(req), form.customer(), 1, 20);
    for (Customer c : found.items()) {
      if (form.customer().equalsIgnoreCase(c.getCode())) return c.getId();
    }
    if (found.total() == 1) return found.items().get(0).getId();
    errors.put("customer", found.total() == 0 ? "error.sales.customer.unknown" : "error.sales.customer.ambiguous");
    return null;
  }

  /** The customer the form was opened from; another client's id, or a made-up one, is a 404. */
  private static Customer pinned(StepRequest req, OrderForm form) {
    if (form.customerId().isBlank()) return null;
    try {
      return req.services().get(CustomerService.class).get(EntryRequests.clientId(req), Long.parseLong(form.customerId()));
    } catch (NumberFormatException e) {
      throw new NotFoundException("customer");
    }
  }

  /** The client's products by id, in name order, as many as the drop-down offers. */
  private static Map<Long, Product> products(StepRequest req) {
    ProductService service = req.services().get(ProductService.class);
    Map<Long, Product> products = new LinkedHashMap<>();
    // The service pages at most 200 at a time.
    for (int page = 1; products.size() < MAX_PRODUCTS; page++) {
      var batch = service.list(EntryRequests.clientId(req), "", page, 200);
      batch.items().forEach(p -> products.put(p.getId(), p));
      if (!batch.hasNext()) break;
    }
    return products;
  }

  /** Names of the customers on the recent lines, for the table. */
  private static Map<Long, String> customerLabels(StepRequest req, List<SaleLine> lines) {
    CustomerService customers = req.services().get(CustomerService.class);
    Map<Long, String> labels = new HashMap<>();
    for (SaleLine l : lines) {
      if (l.getCustomerId() != null) {
        labels.computeIfAbsent(l.getCustomerId(), id -> customers.get(EntryRequests.clientId(req), id).getLabel());
      }
    }
    return labels;
  }

  private static Integer count(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
