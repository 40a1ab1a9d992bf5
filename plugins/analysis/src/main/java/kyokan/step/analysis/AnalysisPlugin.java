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
    private static final WorksheetDefinition WORKSHEET = WorksheetDefinition.builder()
        .multiChoice("records_now", "pos", "online_shop", "spreadsheet", "paper", "none")
        .shortText("systems")
        .longText("identify_at_till")
        .number("capture_rate_guess")
        .number("capture_rate_goal")
        .longText("capture_ideas")
        .choice("contact_consent", "asked", "partly", "not_asked")
        .table("main_products", 5, "name", "price", "note")
        .longText("monthly_routine")
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
