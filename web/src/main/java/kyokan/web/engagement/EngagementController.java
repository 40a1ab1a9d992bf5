package kyokan.web.engagement;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;
import kyokan.core.meeting.MeetingService;
import kyokan.web.Services;
import kyokan.web.client.ClientController;
import kyokan.web.http.Cookies;
import kyokan.web.http.Pages;
import kyokan.web.http.RequestState;
import kyokan.web.meeting.MeetingViews;

/** Starting cycles, the engagement timeline, and unlocking steps. */
public final class EngagementController {
  private final Services services;
  private final Pages pages;
  private final ClientController clients;

  public EngagementController(Services services, Pages pages, ClientController clients) {
    this.services = services;
    this.pages = pages;
    this.clients = clients;
  }

  public void startEngagement(Context ctx) {
    Client client = RequestState.client(ctx);
    try {
      Engagement e = services.engagements().start(client.getId(), month(ctx.formParam("startMonth")), RequestState.user(ctx));
      Cookies.flash(ctx, "engagement.started");
      ctx.redirect("/clients/" + client.getId() + "/engagements/" + e.getId());
    } catch (ValidationException e) {
      ctx.status(HttpStatus.BAD_REQUEST);
      clients.showClient(ctx, ClientController.formOf(ctx, List.of("startMonth")), e.problems());
    }
  }

  private static YearMonth month(String typed) {
    try {
      return typed == null ? null : YearMonth.parse(typed.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public void showTimeline(Context ctx) {
    Engagement e = engagement(ctx);
    pages.render(ctx, "engagement/timeline.jte", Map.of("engagement", e, "rows", Timeline.rows(ctx, services, e),
        "meetings", MeetingViews.list(ctx, services.core().get(MeetingService.class), e, YearMonth.now(services.clock()))));
  }

  public void unlockStep(Context ctx) {
    setUnlocked(ctx, true);
  }

  public void lockStep(Context ctx) {
    setUnlocked(ctx, false);
  }

  private void setUnlocked(Context ctx, boolean unlocked) {
    Engagement e = engagement(ctx);
    String stepId = services.steps().find(ctx.pathParam("stepId")).orElseThrow(() -> new NotFoundException("step")).id();
    services.engagements().setUnlocked(e.getId(), stepId, unlocked, RequestState.user(ctx));
    // The cockpit shows the alerts of unlocked steps: a newly opened step's alerts are worked out now.
    services.core().get(kyokan.core.cockpit.ClientSummaryService.class).refreshLater(e.getClientId());
    Cookies.flash(ctx, unlocked ? "timeline.unlockedFlash" : "timeline.lockedFlash");
    ctx.redirect("/clients/" + e.getClientId() + "/engagements/" + e.getId());
  }

  private Engagement engagement(Context ctx) {
    return services.engagements().get(Long.parseLong(ctx.pathParam("engagementId")));
  }
}
