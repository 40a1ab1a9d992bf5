package kyokan.step.segmentfollowup;

import gg.jte.Content;
import kyokan.core.step.BundledStep;
import kyokan.core.step.StepTemplates;
import kyokan.core.step.StepView;
import kyokan.core.worksheet.WorksheetDefinition;
import org.pf4j.Extension;
import org.pf4j.Plugin;

/** Step 4: a different approach per group. */
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
  }
}
