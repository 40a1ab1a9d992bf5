package kyokan.step.segmentfollowup;

import gg.jte.Content;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kyokan.core.report.ReportBlock;
import kyokan.core.report.ReportContext;
import kyokan.core.step.AgendaContext;
import kyokan.core.step.AlertContext;
import kyokan.core.step.AgendaNote;
import kyokan.core.step.BundledStep;
import kyokan.core.step.DemoContext;
import kyokan.core.step.StepAlert;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.core.step.StepView;
import kyokan.core.worksheet.WorksheetDefinition;
import kyokan.step.segmentfollowup.campaigns.CampaignAgenda;
import kyokan.step.segmentfollowup.campaigns.CampaignAlerts;
import kyokan.step.segmentfollowup.campaigns.CampaignsController;
import kyokan.step.segmentfollowup.customers.TimelineController;
import kyokan.step.segmentfollowup.demo.FollowUpDemo;
import kyokan.step.segmentfollowup.json.CampaignsJson;
import kyokan.step.segmentfollowup.mail.MailController;
import kyokan.step.segmentfollowup.plan.PlanController;
import kyokan.step.segmentfollowup.report.FollowUpReport;
import org.pf4j.Extension;
import org.pf4j.Plugin;

/** Step 4: a different approach per group — the plan, campaigns with a random holdout, their mail and results. */
public class SegmentFollowUpPlugin extends Plugin {

  @Extension
  public static class SegmentFollowUpStep extends BundledStep {
    private static final WorksheetDefinition WORKSHEET = WorksheetDefinition.builder()
        .table("plan_by_group", 10, "group", "approach", "channel", "timing")
        .multiChoice("channels", "postcard", "letter", "newsletter", "email", "line", "phone", "in_store")
        .choice("first_campaign_group", "first", "first_lapsed", "toddler", "steady", "trend", "loyal", "lapsed")
        .longText("first_campaign_content")
        .date("campaign_send_date")
        .money("campaign_budget")
        .number("holdout_share")
        .number("response_goal")
        .longText("trend_policy")
        .longText("lapsed_postcard")
        .build();

    private final StepTemplates templates = new StepTemplates(SegmentFollowUpPlugin.class, "kyokan.step.segmentfollowup.jte");

    public SegmentFollowUpStep() {
      super("kyokan/step/segmentfollowup/messages");
    }

    @Override public int number() { return 4; }

    @Override public String id() { return "segment-follow-up"; }

    @Override public WorksheetDefinition worksheet() { return WORKSHEET; }

    @Override public Content overview(StepView view) { return templates.render("overview.jte", view); }

    @Override
    public Map<String, String> demoAnswers() {
      return Map.of(
          "channels", "postcard\nletter\nin_store",
          "first_campaign_group", "first_lapsed",
          "first_campaign_content", "初回で離れてしまった方へ、店主の手書きの一言を添えたはがき。新しい豆のご案内と、はがき持参で焼き菓子ひとつ。",
          "holdout_share", "20",
          "trend_policy", "流行客には値引きをしない。季節の新作を控えめにお知らせするだけにする。");
    }

    @Override
    public Optional<String> migrations() {
      return Optional.of("classpath:kyokan/step/segmentfollowup/db/migration");
    }

    @Override
    public void routes(StepRoutes routes) {
      new PlanController(templates).register(routes);
      new CampaignsController(templates).register(routes);
      new MailController(templates).register(routes);
      new TimelineController(templates).register(routes);
      new CampaignsJson().register(routes);
    }

    @Override
    public List<ReportBlock> reportSection(ReportContext context) {
      return new FollowUpReport(messages(context.locale())).section(context);
    }

    @Override
    public List<StepAlert> alerts(AlertContext context) {
      return CampaignAlerts.of(context);
    }

    @Override
    public void prepareDemo(DemoContext context) {
      FollowUpDemo.prepare(context, messages(kyokan.core.i18n.Messages.JAPANESE));
    }

    @Override
    public List<AgendaNote> agendaNotes(AgendaContext context) {
      return CampaignAgenda.notes(context, messages(context.locale()));
    }
  }
}
