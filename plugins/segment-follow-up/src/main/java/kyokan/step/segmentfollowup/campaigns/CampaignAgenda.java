package kyokan.step.segmentfollowup.campaigns;

import java.util.ArrayList;
import java.util.List;
import kyokan.core.i18n.Messages;
import kyokan.core.outreach.CampaignResult;
import kyokan.core.outreach.CampaignResults;
import kyokan.core.step.AgendaContext;
import kyokan.core.step.AgendaNote;
import kyokan.core.step.StepView;
import kyokan.step.segmentfollowup.common.StepPaths;

/** What step 4 brings to the monthly meeting: campaigns sent since the last meeting, and results that came in. */
public final class CampaignAgenda {
  private CampaignAgenda() {}

  public static List<AgendaNote> notes(AgendaContext ctx, Messages m) {
    StepView view = new StepView(null, ctx.client(), ctx.engagement(), m);
    List<AgendaNote> notes = new ArrayList<>();
    for (CampaignResult r : ctx.services().get(CampaignResults.class).all(ctx.client().getId())) {
      var c = r.campaign();
      if (!c.isSent()) continue;
      String link = StepPaths.campaign(ctx.client().getId(), c.getId());
      if (!c.getSendDate().isBefore(ctx.since()) && !c.getSendDate().isAfter(ctx.meetingMonth().atEndOfMonth())) {
        notes.add(new AgendaNote(m.format("agenda.sent", c.getName(), c.getSendDate().toString(),
            r.contacted().customers(), r.heldOut().customers()), link));
      }
      // Sales arrive a month late: a window that ended in the month before the last meeting came in since.
      boolean cameIn = !c.windowEnd().isBefore(ctx.since().minusMonths(1));
      if (!r.provisional() && cameIn) {
        ResultView v = ResultView.of(view, r);
        notes.add(new AgendaNote(m.format("agenda.result", c.getName(), v.verdict(), v.difference(), v.interval()), link));
      }
    }
    return notes;
  }
}
