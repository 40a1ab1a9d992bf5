package kyokan.step.datacapture;

import gg.jte.Content;
import kyokan.core.step.BundledStep;
import kyokan.core.step.StepTemplates;
import kyokan.core.step.StepView;
import kyokan.core.worksheet.WorksheetDefinition;
import org.pf4j.Extension;
import org.pf4j.Plugin;

/** Step 1 of the program: get products, customers and sales into the workbench as data. */
public class DataCapturePlugin extends Plugin {

  @Extension
  public static class DataCaptureStep extends BundledStep {
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

    private final StepTemplates templates = new StepTemplates(DataCapturePlugin.class, "kyokan.step.datacapture.jte");

    public DataCaptureStep() {
      super("kyokan/step/datacapture/messages");
    }

    @Override public int number() { return 1; }

    @Override public String id() { return "data-capture"; }

    @Override public WorksheetDefinition worksheet() { return WORKSHEET; }

    @Override public Content overview(StepView view) { return templates.render("overview.jte", view); }
  }
}
