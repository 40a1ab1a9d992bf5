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
        .number("new_per_month")
        .choice("thank_you_now", "always", "sometimes", "never")
        .multiChoice("first_visit_info", "name", "postal_address", "email", "line", "birthday", "how_found")
        .longText("thank_you_letter")
        .table("sequence", 4, "timing", "channel", "content", "owner")
        .longText("second_visit_reason")
        .longText("first_lapse_reason")
        .number("f2_goal")
        .date("start_date")
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
