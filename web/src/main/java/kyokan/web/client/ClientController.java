package kyokan.web.client;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.client.NewClient;
import kyokan.core.engagement.Engagement;
import kyokan.core.meeting.MeetingService;
import kyokan.web.Services;
import kyokan.web.cockpit.CockpitController;
import kyokan.web.cockpit.StepAlertLinks;
import kyokan.core.cockpit.ClientSummaryService;
import kyokan.web.engagement.Timeline;
import kyokan.web.http.Cookies;
import kyokan.web.http.Pages;
import kyokan.web.http.RequestState;
import kyokan.web.meeting.MeetingViews;

/** The consultant's client list and client pages, and the client user's home. */
public final class ClientController {
  private static final List<String> CLIENT_FIELDS = List.of("name", "businessType", "contactName", "contactEmail", "contactPhone", "currency");
  private final Services services;
  private final Pages pages;

  public ClientController(Services services, Pages pages) {
    this.services = services;
    this.pages = pages;
  }

  /** The consultant's home is the cockpit; a client user's home is their own client's page. */
  public void showHome(Context ctx, CockpitController cockpit) {
    User user = RequestState.user(ctx);
    if (!user.isConsultant()) {
      ctx.redirect("/clients/" + user.getClientId());
      return;
    }
    cockpit.showCockpit(ctx);
  }

  public void showNewClient(Context ctx) {
    pages.render(ctx, "client/new.jte", Map.of("form", Map.of("currency", "JPY"), "errors", Map.of()));
  }

  public void createClient(Context ctx) {
    Map<String, String> form = formOf(ctx, CLIENT_FIELDS);
    try {
      Client client = services.clients().create(RequestState.user(ctx), new NewClient(form.get("name"),
          form.get("businessType"), form.get("contactName"), form.get("contactEmail"), form.get("contactPhone"),
          form.get("currency").isBlank() ? "JPY" : form.get("currency")));
      Cookies.flash(ctx, "client.created");
      ctx.redirect("/clients/" + client.getId());
    } catch (ValidationException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      pages.render(ctx, "client/new.jte", Map.of("form", form, "errors", e.problems()));
    }
  }

  public void showClient(Context ctx) {
    showClient(ctx, Map.of(), Map.of());
  }

  /** Consultants see the client's cycles and users; the client's own users see their program. */
  public void showClient(Context ctx, Map<String, String> form, Map<String, String> errors) {
    Client client = RequestState.client(ctx);
    if (RequestState.user(ctx).isConsultant()) {
      Optional<Engagement> last = services.engagements().current(client.getId());
      YearMonth suggested = last.map(e -> e.getEnd().plusMonths(1)).orElse(YearMonth.now(services.clock()));
      pages.render(ctx, "client/show.jte", Map.of("users", services.accounts().usersOfClient(client.getId()),
          "engagements", services.engagements().engagementsOf(client.getId()), "form", form, "errors", errors,
          "suggestedStart", suggested.toString()));
      return;
    }
    Engagement current = services.engagements().current(client.getId()).orElse(null);
    Map<String, Object> params = new HashMap<>();
    params.put("engagement", current);
    params.put("rows", current == null ? List.of() : Timeline.rows(ctx, services, current));
    MeetingService meetings = services.core().get(MeetingService.class);
    params.put("actionItems", MeetingViews.items(ctx, meetings.clientItems(client.getId()), meetings.today()));
    // The same step alerts as on the consultant's cockpit, for the steps open to the shop now.
    java.util.Set<String> unlocked = current == null ? java.util.Set.of() : services.engagements().unlocks(current.getId())
        .values().stream().filter(u -> u.isUnlocked()).map(u -> u.getStepId()).collect(java.util.stream.Collectors.toSet());
    params.put("alerts", StepAlertLinks.of(services.core().get(ClientSummaryService.class).alertsOf(client.getId()), unlocked,
        services.steps(), RequestState.locale(ctx)));
    pages.render(ctx, "client/home.jte", params);
  }

  public void createClientUser(Context ctx) {
    Client client = RequestState.client(ctx);
    Map<String, String> form = formOf(ctx, List.of("displayName", "email"));
    try {
      services.accounts().createClientUser(client.getId(), form.get("email"), form.get("displayName"), ctx.formParam("password"));
      Cookies.flash(ctx, "clientUser.created");
      ctx.redirect("/clients/" + client.getId());
    } catch (ValidationException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      showClient(ctx, form, e.problems());
    }
  }

  /** The named form fields, blank when absent, for re-showing a refused form. */
  public static Map<String, String> formOf(Context ctx, List<String> fields) {
    Map<String, String> form = new HashMap<>();
    fields.forEach(f -> form.put(f, Optional.ofNullable(ctx.formParam(f)).orElse("")));
    return form;
  }
}
