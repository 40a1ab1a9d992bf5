package kyokan.step.viptreatment.roster;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerMapper;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.viptreatment.common.AsOf;
import kyokan.step.viptreatment.common.StepPaths;
import kyokan.step.viptreatment.common.VipServices;

/** The roster page: the VIPs as of a month end, the rule, and hand-picked additions and removals. */
public final class RosterController {
  private final StepTemplates templates;

  public RosterController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("roster", this::showRoster);
    routes.post("roster/rule", this::saveRule);
    routes.post("roster/picks", this::savePick);
    routes.post("roster/picks/{pickId}/withdraw", this::withdrawPick);
  }

  StepResponse showRoster(StepRequest req) {
    VipRoster roster = VipServices.roster(req.services());
    return render(req, RosterForm.of(roster.rule(req.view().client().getId())), Map.of());
  }

  StepResponse saveRule(StepRequest req) {
    RosterForm form = read(req);
    try {
      RosterRule rule = new RosterRule(parseKind(form.kind()), number(form.topPercent()), number(form.untreatedDays()));
      VipServices.roster(req.services()).saveRule(req.view().client().getId(), rule, req.view().user().getId());
    } catch (ValidationException e) {
      return render(req, form, e.problems());
    }
    return StepResponse.redirect(StepPaths.base(req.view()) + "roster?month=" + month(req));
  }

  StepResponse savePick(StepRequest req) {
    long clientId = req.view().client().getId();
    RosterForm form = read(req);
    Optional<LocalDate> asOf = AsOf.monthEnd(req);
    Customer customer = form.code().isBlank() ? null : req.services().get(Database.class)
        .read(s -> s.getMapper(CustomerMapper.class).selectByCode(clientId, form.code().strip()));
    try {
      if (customer == null) throw new ValidationException("code", "error.customerCode");
      if (asOf.isEmpty()) throw new ValidationException("code", "error.noData");
      Pick.Kind kind = Pick.Kind.valueOf(form.pickKind());
      VipServices.roster(req.services()).pick(clientId, customer.getId(), kind, form.reason(), asOf.get(), req.view().user().getId());
    } catch (ValidationException e) {
      return render(req, form, e.problems());
    } catch (IllegalArgumentException e) {
      return render(req, form, Map.of("pickKind", "error.pickKind"));
    }
    return StepResponse.redirect(StepPaths.base(req.view()) + "roster?month=" + month(req));
  }

  StepResponse withdrawPick(StepRequest req) {
    VipServices.roster(req.services()).withdraw(req.view().client().getId(), req.pathId("pickId"));
    return StepResponse.redirect(StepPaths.base(req.view()) + "roster?month=" + month(req));
  }

  private StepResponse render(StepRequest req, RosterForm form, Map<String, String> errors) {
    long clientId = req.view().client().getId();
    Optional<LocalDate> asOf = AsOf.monthEnd(req);
    if (asOf.isEmpty()) return StepResponse.page(req.view().t("roster.title"), templates.render("nodata.jte", req.view()));
    VipRoster service = VipServices.roster(req.services());
    RosterRule rule = service.rule(clientId);
    var picks = service.picks(clientId);
    Roster roster = service.of(clientId, asOf.get(), rule, picks);
    LocalDate previous = YearMonth.from(asOf.get()).minusMonths(1).atEndOfMonth();
    Roster before = service.of(clientId, previous, rule, picks);
    Map<Long, String> names = new HashMap<>();
    req.services().get(Database.class).read(s -> {
      CustomerMapper m = s.getMapper(CustomerMapper.class);
      for (Pick p : picks) {
        Customer c = m.selectById(clientId, p.getCustomerId());
        names.put(p.getCustomerId(), c == null ? "#" + p.getCustomerId() : c.getLabel());
      }
      return null;
    });
    RosterPage page = new RosterPage(req.view(), FigureFormat.of(req.view().client()), roster, before, picks, names, form,
        errors, req.csrfToken());
    return StepResponse.page(req.view().t("roster.title"), templates.render("roster/roster.jte", page));
  }

  private static RosterForm read(StepRequest req) {
    return new RosterForm(req.form("kind").orElse(""), req.form("topPercent").orElse(""),
        req.form("untreatedDays").orElse(""), req.form("code").orElse(""), req.form("pickKind").orElse(""),
        req.form("reason").orElse(""));
  }

  private static String month(StepRequest req) {
    return AsOf.monthEnd(req).map(d -> YearMonth.from(d).toString()).orElse("");
  }

  private static RosterRule.Kind parseKind(String kind) {
    try {
      return RosterRule.Kind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int number(String typed) {
    try {
      return Integer.parseInt(typed.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
