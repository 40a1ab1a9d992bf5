package kyokan.step.newcustomercare;

import gg.jte.Content;
import kyokan.core.step.BundledStep;
import kyokan.core.step.StepTemplates;
import kyokan.core.step.StepView;
import kyokan.core.worksheet.WorksheetDefinition;
import org.pf4j.Extension;
import org.pf4j.Plugin;

/** Step 5: win the second purchase. */
public class NewCustomerCarePlugin extends Plugin {

  @Extension
  public static class NewCustomerCareStep extends BundledStep {
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

    private final StepTemplates templates = new StepTemplates(NewCustomerCarePlugin.class, "kyokan.step.newcustomercare.jte");

    public NewCustomerCareStep() {
      super("kyokan/step/newcustomercare/messages");
    }

    @Override public int number() { return 5; }

    @Override public String id() { return "new-customer-care"; }

    @Override public WorksheetDefinition worksheet() { return WORKSHEET; }

    @Override public Content overview(StepView view) { return templates.render("overview.jte", view); }
  }
}
