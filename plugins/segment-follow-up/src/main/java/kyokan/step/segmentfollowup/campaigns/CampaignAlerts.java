package kyokan.step.segmentfollowup.campaigns;

import java.util.ArrayList;
import java.util.List;
import kyokan.core.outreach.CampaignResult;
import kyokan.core.outreach.CampaignResults;
import kyokan.core.step.AlertContext;
import kyokan.core.step.StepAlert;
import kyokan.step.segmentfollowup.common.StepPaths;

/** What step 4 raises on the cockpit: results that came in lately, and campaigns past their send date not marked sent. */
public final class CampaignAlerts {
  /** A result stays news for this long after its window ends (sales arrive a month late). */
  static final int RESULT_NEWS_DAYS = 62;

  private CampaignAlerts() {}

  public static List<StepAlert> of(AlertContext ctx) {
    int resultsIn = 0;
    int unsent = 0;
    for (CampaignResult r : ctx.services().get(CampaignResults.class).all(ctx.client().getId())) {
      var c = r.campaign();
      if (!c.isSent() && c.getSendDate().isBefore(ctx.today())) unsent++;
      if (c.isSent() && !r.provisional() && !c.windowEnd().isBefore(ctx.today().minusDays(RESULT_NEWS_DAYS))) resultsIn++;
    }
    String link = ctx.stepLink(StepPaths.STEP_ID, "campaigns");
    List<StepAlert> alerts = new ArrayList<>();
    if (resultsIn > 0) alerts.add(new StepAlert("campaign-results", "alert.resultsIn", link, resultsIn));
    if (unsent > 0) alerts.add(new StepAlert("campaign-unsent", "alert.unsent", link, unsent));
    return alerts;
  }
}
