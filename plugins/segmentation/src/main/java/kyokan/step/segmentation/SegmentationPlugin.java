package kyokan.step.segmentation;

import gg.jte.Content;
import kyokan.core.step.BundledStep;
import kyokan.core.step.StepTemplates;
import kyokan.core.step.StepView;
import kyokan.core.worksheet.WorksheetDefinition;
import org.pf4j.Extension;
import org.pf4j.Plugin;

/** Step 3: the five customer groups and their movement. */
public class SegmentationPlugin extends Plugin {

  @Extension
  public static class SegmentationStep extends BundledStep {
    private static final WorksheetDefinition WORKSHEET = WorksheetDefinition.builder()
        .money("avg_order")
        .money("amount_threshold")
        .number("lapse_days")
        .number("tenure_short_days")
        .number("tenure_long_days")
        .date("threshold_from")
        .table("group_reading", 10, "group", "reading", "first_policy")
        .longText("surprise")
        .choice("priority_group", "first", "toddler", "steady", "trend", "loyal", "lapsed")
        .shortText("review_routine")
        .build();

    private final StepTemplates templates = new StepTemplates(SegmentationPlugin.class, "kyokan.step.segmentation.jte");

    public SegmentationStep() {
      super("kyokan/step/segmentation/messages");
    }

    @Override public int number() { return 3; }

    @Override public String id() { return "segmentation"; }

    @Override public WorksheetDefinition worksheet() { return WORKSHEET; }

    @Override public Content overview(StepView view) { return templates.render("overview.jte", view); }
  }
}
