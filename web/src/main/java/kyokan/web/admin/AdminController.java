package kyokan.web.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.consultant.ConsultantService;
import kyokan.web.Services;
import kyokan.web.client.ClientController;
import kyokan.web.http.Cookies;
import kyokan.web.http.Pages;
import kyokan.web.http.RequestState;

/** The administrator's pages: the consultants' accounts, and handing clients over between consultants. */
public final class AdminController {
  private final Services services;
  private final Pages pages;

  public AdminController(Services services, Pages pages) {
    this.services = services;
    this.pages = pages;
  }

  public void showConsultants(Context ctx) {
    showConsultants(ctx, Map.of("displayName", "", "email", ""), Map.of());
  }

  private void showConsultants(Context ctx, Map<String, String> form, Map<String, String> errors) {
    Map<String, Object> params = new HashMap<>();
    params.put("consultants", consultants().consultants());
    params.put("form", form);
    params.put("errors", errors);
    pages.render(ctx, "admin/consultants.jte", params);
  }

  public void createConsultant(Context ctx) {
    Map<String, String> form = ClientController.formOf(ctx, List.of("displayName", "email"));
    try {
      consultants().create(RequestState.user(ctx), form.get("email"), form.get("displayName"), ctx.formParam("password"));
      Cookies.flash(ctx, "admin.consultant.created");
      ctx.redirect("/admin/consultants");
    } catch (ValidationException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      showConsultants(ctx, form, e.problems());
    }
  }

  public void deactivate(Context ctx) {
    setActive(ctx, false);
  }

  public void activate(Context ctx) {
    setActive(ctx, true);
  }

  private void setActive(Context ctx, boolean active) {
    try {
      consultants().setActive(RequestState.user(ctx), id(ctx, "consultantId"), active);
      Cookies.flash(ctx, active ? "admin.consultant.activated" : "admin.consultant.deactivated");
      ctx.redirect("/admin/consultants");
    } catch (ValidationException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      showConsultants(ctx, Map.of("displayName", "", "email", ""), e.problems());
    }
  }

  public void showClients(Context ctx) {
    showClients(ctx, Map.of());
  }

  private void showClients(Context ctx, Map<String, String> errors) {
    Map<String, Object> params = new HashMap<>();
    params.put("owners", consultants().clientOwners());
    params.put("consultants", consultants().consultants().stream().filter(c -> c.isActive()).toList());
    params.put("handovers", consultants().handovers(null));
    params.put("errors", errors);
    pages.render(ctx, "admin/clients.jte", params);
  }

  public void handOver(Context ctx) {
    try {
      String to = ctx.formParam("to");
      if (to == null || !to.matches("\\d{1,18}")) throw new ValidationException("to", "error.handover.to");
      consultants().handOver(RequestState.user(ctx), id(ctx, "clientId"), Long.parseLong(to));
      Cookies.flash(ctx, "admin.handover.done");
      ctx.redirect("/admin/clients");
    } catch (ValidationException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      showClients(ctx, e.problems());
    }
  }

  private static long id(Context ctx, String name) {
    try {
      return Long.parseLong(ctx.pathParam(name));
    } catch (NumberFormatException e) {
      throw new NotFoundException(name);
    }
  }

  private ConsultantService consultants() {
    return services.core().get(ConsultantService.class);
  }
}
