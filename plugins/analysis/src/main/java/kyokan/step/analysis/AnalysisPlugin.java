package kyokan.step.analysis;

import gg.jte.Content;
import kyokan.core.step.BundledStep;
import kyokan.core.step.StepTemplates;
import kyokan.core.step.StepView;
import kyokan.core.worksheet.WorksheetDefinition;
import org.pf4j.Extension;
import org.pf4j.Plugin;

/** Step 2: the ten questions answered from the data. */
public class AnalysisPlugin extends Plugin {

  @Extension
  public static class AnalysisStep extends BundledStep {
    // The ids are fixed: the comparison page puts the data's answer beside each of the owner's answers.
    private static final WorksheetDefinition WORKSHEET = WorksheetDefinition.builder()
        .number("q1_repeat_share")
        .number("q2_new_share")
        .number("q3_lapsing_count")
        .longText("q3_lapsing_who")
        .number("q4_active_share")
        .number("q5_f2_rate")
        .number("q6_top_count")
        .longText("q6_top_who")
        .number("q7_top_frequency_days")
        .longText("q8_top_products")
        .choice("q9_promotion_rule", "yes", "partly", "no")
        .longText("q9_promotion_rule_detail")
        .choice("q10_new_to_top", "yes", "partly", "no")
        .longText("q10_new_to_top_detail")
        .build();

    private final StepTemplates templates = new StepTemplates(AnalysisPlugin.class, "kyokan.step.analysis.jte");

    public AnalysisStep() {
      super("kyokan/step/analysis/messages");
    }

    @Override public int number() { return 2; }

    @Override public String id() { return "analysis"; }

    @Override public WorksheetDefinition worksheet() { return WORKSHEET; }

    @Override public Content overview(StepView view) { return templates.render("overview.jte", view); }
  }
}
