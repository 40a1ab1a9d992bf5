package kyokan.step.viptreatment;

import gg.jte.Content;
import kyokan.core.step.BundledStep;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.core.step.StepView;
import kyokan.core.worksheet.WorksheetDefinition;
import kyokan.step.viptreatment.json.CustomersJson;
import org.pf4j.Extension;
import org.pf4j.Plugin;

/** Step 6: treat the best customers specially. */
public class VipTreatmentPlugin extends Plugin {

  @Extension
  public static class VipTreatmentStep extends BundledStep {
    private static final WorksheetDefinition WORKSHEET = WorksheetDefinition.builder()
        .choice("vip_rule", "cpm_loyal", "top_20", "owner_pick")
        .number("vip_count")
        .longText("vip_faces")
        .multiChoice("perks", "first_access", "invitation", "personal_note", "gift", "reserved", "birthday", "behind_scenes")
        .table("treatment_plan", 6, "treatment", "timing", "cost", "owner")
        .money("annual_budget")
        .longText("visible_how")
        .date("first_invitation_date")
        .shortText("note_writer")
        .number("vip_retention_goal")
        .build();

    private final StepTemplates templates = new StepTemplates(VipTreatmentPlugin.class, "kyokan.step.viptreatment.jte");

    public VipTreatmentStep() {
      super("kyokan/step/viptreatment/messages");
    }

    @Override public int number() { return 6; }

    @Override public String id() { return "vip-treatment"; }

    @Override public WorksheetDefinition worksheet() { return WORKSHEET; }

    @Override public Content overview(StepView view) { return templates.render("overview.jte", view); }

    @Override
    public void routes(StepRoutes routes) {
      new CustomersJson().register(routes);
    }
  }
}
