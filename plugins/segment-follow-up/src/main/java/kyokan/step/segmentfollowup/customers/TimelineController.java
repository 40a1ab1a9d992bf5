package kyokan.step.segmentfollowup.customers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.outreach.Channel;
import kyokan.core.outreach.ContactLog;
import kyokan.core.outreach.CustomerTags;
import kyokan.core.outreach.CustomerTimeline;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerService;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.segmentfollowup.common.StepPaths;

/** Finding a customer; their timeline, a contact logged by hand from it, and their tags. */
public final class TimelineController {
  static final int PAGE_SIZE = 50;
  private final StepTemplates templates;

  public TimelineController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("customers", this::showCustomers);
    routes.get("customers/{customerId}", this::showTimeline);
    routes.post("customers/{customerId}/contacts", this::logContact);
    routes.post("customers/{customerId}/tags", this::saveTags);
  }

  /** Finds a customer by name, kana, code, phone or e-mail, to open their timeline. */
  StepResponse showCustomers(StepRequest req) {
    String query = req.query("q").orElse("").strip();
    int page = 1;
    try {
      page = Math.max(1, Integer.parseInt(req.query("page").orElse("1")));
    } catch (NumberFormatException e) {
      // a hand-edited page number: the first page
    }
    var customers = req.services().get(CustomerService.class).list(req.view().client().getId(), query, page, PAGE_SIZE);
    return StepResponse.page(req.view().t("customers.title"),
        templates.render("customers/customers.jte", new CustomerSearchPage(req.view(), query, customers)));
  }

  StepResponse showTimeline(StepRequest req) {
    return render(req, ContactForm.blank(today(req)), Map.of(), req.query("logged").isPresent());
  }

  StepResponse logContact(StepRequest req) {
    long clientId = req.view().client().getId();
    long customerId = req.pathId("customerId");
    ContactForm form = ContactForm.read(req::form);
    Map<String, String> errors = new LinkedHashMap<>();
    Channel channel = Channel.parse(form.channel()).orElse(null);
    if (channel == null) errors.put("channel", "error.channel");
    LocalDate on = form.date();
    if (on == null) errors.put("on", "error.date");
    if (errors.isEmpty()) {
      try {
        req.services().get(ContactLog.class).logByHand(clientId, customerId, channel, on, form.note(), req.view().user().getId());
        return StepResponse.redirect(StepPaths.customer(clientId, customerId) + "?logged=1");
      } catch (ValidationException e) {
        errors.putAll(e.problems());
      }
    }
    return render(req, form, errors, false);
  }

  StepResponse saveTags(StepRequest req) {
    long clientId = req.view().client().getId();
    long customerId = req.pathId("customerId");
    try {
      req.services().get(CustomerTags.class).set(clientId, customerId, req.form("tags").orElse(""));
    } catch (ValidationException e) {
      return render(req, ContactForm.blank(today(req)), e.problems(), false);
    }
    return StepResponse.redirect(StepPaths.customer(clientId, customerId));
  }

  private StepResponse render(StepRequest req, ContactForm form, Map<String, String> errors, boolean logged) {
    long clientId = req.view().client().getId();
    long customerId = req.pathId("customerId");
    Customer customer = req.services().get(CustomerService.class).get(clientId, customerId);
    TimelinePage page = new TimelinePage(req.view(), kyokan.core.i18n.FigureFormat.of(req.view().client()), customer,
        req.services().get(CustomerTags.class).of(clientId, customerId),
        req.services().get(CustomerTimeline.class).of(clientId, customerId), form, errors, logged, req.csrfToken());
    return StepResponse.page(customer.getLabel(), templates.render("customers/timeline.jte", page));
  }

  private static LocalDate today(StepRequest req) {
    return LocalDate.now(req.services().get(Clock.class));
  }
}
