package kyokan.step.viptreatment.karte;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import kyokan.core.ValidationException;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CustomerOrders;
import kyokan.core.analytics.Ledger;
import kyokan.core.analytics.MonthCell;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.i18n.Messages;
import kyokan.core.outreach.CustomerTimeline;
import kyokan.core.prediction.CustomerValueService;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerInput;
import kyokan.core.sales.CustomerService;
import kyokan.core.sales.EditConflictException;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.viptreatment.common.AsOf;
import kyokan.step.viptreatment.common.StepPaths;
import kyokan.step.viptreatment.common.VipServices;
import kyokan.step.viptreatment.treatments.PerkList;
import kyokan.step.viptreatment.treatments.TreatmentLog;

/** A customer's カルテ, the treatment logged from it, and the shop's notes and birthday kept on it. */
public final class KarteController {
  static final int CELL_MONTHS = 12;
  static final int TIMELINE_ENTRIES = 30;
  private final StepTemplates templates;
  private final Messages japanese;

  public KarteController(StepTemplates templates, Messages japanese) {
    this.templates = templates;
    this.japanese = japanese;
  }

  public void register(StepRoutes routes) {
    routes.get("customers/{customerId}", this::showKarte);
    routes.post("customers/{customerId}/treatments", this::logTreatment);
    routes.post("customers/{customerId}/notes", this::saveNotes);
  }

  StepResponse showKarte(StepRequest req) {
    String flash = req.query("logged").isPresent() ? "karte.logged" : req.query("noted").isPresent() ? "karte.noted" : null;
    return render(req, TreatmentForm.blank(LocalDate.now(req.services().get(Clock.class)), req.view().user().getDisplayName()),
        Map.of(), flash);
  }

  StepResponse logTreatment(StepRequest req) {
    long clientId = req.view().client().getId();
    long customerId = req.pathId("customerId");
    TreatmentForm form = TreatmentForm.read(req::form);
    Map<String, String> errors = new LinkedHashMap<>();
    Long cost = form.cost().isEmpty() ? null : PerkList.minorAmount(form.cost(), req.view().client().getMinorDigits());
    if (!form.cost().isEmpty() && cost == null) errors.put("cost", "error.cost");
    Long perk = form.perk();
    if (perk == null) errors.put("perk", "error.perk");
    if (errors.isEmpty()) {
      try {
        VipServices.treatments(req.services()).log(clientId, customerId,
            new TreatmentLog.Entry(perk, form.date(), form.givenBy(), cost, form.note()), req.view().user().getId());
        return StepResponse.redirect(StepPaths.karte(clientId, customerId) + "?logged=1");
      } catch (ValidationException e) {
        errors.putAll(e.problems());
      }
    }
    return render(req, form, errors, null);
  }

  StepResponse saveNotes(StepRequest req) {
    long clientId = req.view().client().getId();
    long customerId = req.pathId("customerId");
    CustomerService customers = req.services().get(CustomerService.class);
    Customer c = customers.get(clientId, customerId);
    String notes = req.form("notes").orElse("").strip();
    String typedBirthday = req.form("birthday").orElse("").strip();
    TreatmentForm blank = TreatmentForm.blank(LocalDate.now(req.services().get(Clock.class)), req.view().user().getDisplayName());
    LocalDate birthday;
    try {
      birthday = typedBirthday.isEmpty() ? null : LocalDate.parse(typedBirthday);
    } catch (DateTimeParseException e) {
      return render(req, blank, Map.of("birthday", "error.date"), null);
    }
    Instant loaded;
    try {
      loaded = Instant.parse(req.form("version").orElse(""));
    } catch (DateTimeParseException e) {
      loaded = null;
    }
    try {
      customers.update(clientId, customerId, new CustomerInput(c.getCode(), c.getName(), c.getKana(), c.getPhone(),
          c.getEmail(), c.getPostalCode(), c.getAddress(), birthday, notes, c.getContactConsent()), loaded);
    } catch (ValidationException e) {
      return render(req, blank, Map.of("notes", "error.notesLength"), null);
    } catch (EditConflictException e) {
      return render(req, blank, Map.of("notes", "error.notesConflict"), null);
    }
    return StepResponse.redirect(StepPaths.karte(clientId, customerId) + "?noted=1");
  }

  // Read before the customer walks in: the latest entries; the whole story is step 4's customer timeline.
  private static <T> List<T> recent(List<T> newestFirst) {
    return newestFirst.subList(0, Math.min(TIMELINE_ENTRIES, newestFirst.size()));
  }

  private StepResponse render(StepRequest req, TreatmentForm form, Map<String, String> errors, String flash) {
    long clientId = req.view().client().getId();
    long customerId = req.pathId("customerId");
    Customer customer = req.services().get(CustomerService.class).get(clientId, customerId);
    AnalyticsService analytics = req.services().get(AnalyticsService.class);
    Ledger ledger = analytics.ledger(clientId);
    LocalDate asOf = analytics.latestCompleteMonth(clientId).map(YearMonth::atEndOfMonth).orElse(LocalDate.now(req.services().get(Clock.class)));
    OptionalInt index = ledger.customerIndex(customerId);
    List<CustomerOrders.Order> orders = index.isPresent() && ledger.customerId(index.getAsInt()) == customerId
        ? CustomerOrders.all(ledger, index.getAsInt()) : List.of();
    List<MonthCell> cells = analytics.latestCompleteMonth(clientId)
        .map(m -> req.services().get(SegmentationService.class).customerHistory(clientId, customerId, m)).orElse(List.of());
    cells = cells.subList(Math.max(0, cells.size() - CELL_MONTHS), cells.size());
    boolean vip = analytics.latestCompleteMonth(clientId).isPresent()
        && VipServices.roster(req.services()).of(clientId, asOf).contains(customerId);
    KartePage page = new KartePage(req.view(), FigureFormat.of(req.view().client()), asOf, customer, vip,
        analytics.latestCompleteMonth(clientId).isEmpty() ? java.util.Optional.empty()
            : req.services().get(CustomerValueService.class).values(clientId, asOf).customer(customerId),
        BuyingHabits.of(orders, asOf), cells, VipServices.treatments(req.services()).forCustomer(clientId, customerId),
        recent(req.services().get(CustomerTimeline.class).of(clientId, customerId)),
        VipServices.perks(req.services()).of(clientId, japanese).stream().filter(p -> !p.isRetired()).toList(),
        form, errors, req.csrfToken(), flash);
    return StepResponse.page(customer.getLabel(), templates.render("karte/karte.jte", page));
  }
}
