package kyokan.step.segmentfollowup.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kyokan.core.db.Database;
import kyokan.core.i18n.Messages;
import kyokan.core.outreach.CampaignResult;
import kyokan.core.outreach.CampaignResults;
import kyokan.core.report.ReportBlock;
import kyokan.core.report.ReportContext;
import kyokan.core.step.StepView;
import kyokan.step.segmentfollowup.campaigns.PooledView;
import kyokan.step.segmentfollowup.campaigns.ResultView;
import kyokan.step.segmentfollowup.plan.FollowUpPlan;
import kyokan.step.segmentfollowup.plan.PlanEntry;

/**
 * Step 4's section of the monthly progress report: the follow-up plan, every campaign sent by the report's month
 * end with its result and verdict in the page's words, and the pooled estimates.
 */
public final class FollowUpReport {
  private final Messages m;

  public FollowUpReport(Messages messages) {
    this.m = messages;
  }

  public List<ReportBlock> section(ReportContext ctx) {
    StepView view = new StepView(null, ctx.client(), ctx.engagement(), m);
    List<ReportBlock> blocks = new ArrayList<>();
    blocks.add(ReportBlock.subheading(m.get("report.plan")));
    List<List<String>> plan = new ArrayList<>();
    FollowUpPlan plans = new FollowUpPlan(ctx.services().get(Database.class), ctx.services().get(Clock.class));
    for (PlanEntry e : plans.of(ctx.client().getId(), m)) {
      plan.add(List.of(m.get("cell." + e.cell().name()), e.message(), m.get(e.channel().key()), e.timing()));
    }
    blocks.add(ReportBlock.table(List.of(m.get("plan.cell"), m.get("plan.message"), m.get("plan.channel"),
        m.get("plan.timing")), plan, true));
    List<CampaignResult> all = ctx.services().get(CampaignResults.class).all(ctx.client().getId());
    List<CampaignResult> campaigns = all.stream()
        .filter(r -> r.campaign().isSent() && !r.campaign().getSendDate().isAfter(ctx.month().atEndOfMonth())).toList();
    blocks.add(ReportBlock.subheading(m.get("report.campaigns")));
    if (campaigns.isEmpty()) {
      blocks.add(ReportBlock.paragraph(m.get("report.noCampaigns")));
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (CampaignResult r : campaigns) {
        ResultView v = ResultView.of(view, r);
        rows.add(List.of(r.campaign().getName(), v.cells() + " / " + v.channel(), r.campaign().getSendDate().toString(),
            v.contacted().customers() + " / " + v.heldOut().customers(), v.contacted().rate() + " / " + v.heldOut().rate(),
            v.difference(), v.interval(), v.verdict() + (r.provisional() ? m.get("report.provisionalMark") : "")));
      }
      blocks.add(ReportBlock.table(List.of(m.get("campaign.name"), m.get("report.kind"), m.get("campaign.sendDate"),
          m.get("report.arms"), m.get("result.rate"), m.get("result.difference"), m.get("result.interval"),
          m.get("result.verdict")), rows, true));
      blocks.add(ReportBlock.note(m.get("report.note")));
    }
    var pooled = CampaignResults.pooled(all);
    if (!pooled.isEmpty()) {
      blocks.add(ReportBlock.subheading(m.get("pooled.title")));
      List<List<String>> rows = new ArrayList<>();
      for (var p : pooled) {
        PooledView v = PooledView.of(view, p);
        rows.add(List.of(v.kind(), Integer.toString(v.campaigns()), v.difference(), v.interval(), v.verdict()));
      }
      blocks.add(ReportBlock.table(List.of(m.get("pooled.kind"), m.get("pooled.campaigns"), m.get("result.difference"),
          m.get("result.interval"), m.get("result.verdict")), rows, true));
    }
    return blocks;
  }
}
