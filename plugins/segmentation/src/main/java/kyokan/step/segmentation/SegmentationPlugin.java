package kyokan.step.segmentation;

import gg.jte.Content;
import java.util.Map;
import kyokan.core.report.ReportBlock;
import kyokan.core.report.ReportContext;
import kyokan.core.step.BundledStep;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.core.step.StepView;
import kyokan.core.worksheet.WorksheetDefinition;
import kyokan.step.segmentation.cells.CellsController;
import kyokan.step.segmentation.members.MembersController;
import kyokan.step.segmentation.movement.MovementController;
import kyokan.step.segmentation.report.SegmentationReport;
import kyokan.step.segmentation.thresholds.ThresholdsController;
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

    @Override
    public Map<String, String> demoAnswers() {
      return Map.of(
          "avg_order", "1800",
          "amount_threshold", "13000",
          "lapse_days", "120",
          "group_reading", "初回客\t観光の方と近所の新しい方が半々\t手書きのお礼状を出す\n優良客\t毎週豆を買ってくださる方が中心\t新しい豆を先にお試しいただく",
          "surprise", "優良客は思っていたより少なく、初回客のまま離れている方がとても多い。",
          "priority_group", "first");
    }

    @Override
    public void routes(StepRoutes routes) {
      new CellsController(templates).register(routes);
      new ThresholdsController(templates).register(routes);
      new MovementController(templates).register(routes);
      new MembersController(templates).register(routes);
    }

    @Override public Content overview(StepView view) { return templates.render("overview.jte", view); }

    @Override public java.util.List<ReportBlock> reportSection(ReportContext context) { return new SegmentationReport(context.locale()).section(context); }
  }
}
