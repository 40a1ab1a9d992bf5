package kyokan.step.community.voice;

import java.time.Clock;
import java.util.List;
import kyokan.core.db.Database;
import kyokan.core.step.AlertContext;
import kyokan.core.step.StepAlert;
import kyokan.step.community.common.StepPaths;

/** What step 7 raises on the cockpit and the shop's home page: customers' comments not yet answered. */
public final class CommentAlerts {
  private CommentAlerts() {}

  /** A comment arrived or was answered: the cockpit and the shop's home page recount the unanswered ones. */
  public static void changed(kyokan.core.step.CoreServices services, long clientId) {
    services.get(kyokan.core.cockpit.ClientSummaryService.class).refreshLater(clientId);
  }

  public static List<StepAlert> of(AlertContext ctx) {
    int unanswered = new SurveyService(ctx.services().get(Database.class), ctx.services().get(Clock.class))
        .unanswered(ctx.client().getId()).size();
    if (unanswered == 0) return List.of();
    return List.of(new StepAlert("unanswered-comments", "alert.unanswered", ctx.stepLink(StepPaths.STEP_ID, "voice"), unanswered));
  }
}
