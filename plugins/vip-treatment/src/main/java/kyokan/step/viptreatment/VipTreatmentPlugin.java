package kyokan.step.viptreatment;

import gg.jte.Content;
import java.util.List;
import java.util.Optional;
import kyokan.core.i18n.Messages;
import kyokan.core.report.ReportBlock;
import kyokan.core.report.ReportContext;
import kyokan.core.step.AgendaContext;
import kyokan.core.step.AgendaNote;
import kyokan.core.step.AlertContext;
import kyokan.core.step.BundledStep;
import kyokan.core.step.DemoContext;
import kyokan.core.step.StepAlert;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.core.step.StepView;
import kyokan.core.worksheet.WorksheetDefinition;
import kyokan.step.viptreatment.atrisk.AtRiskController;
import kyokan.step.viptreatment.atrisk.VipAlerts;
import kyokan.step.viptreatment.demo.VipDemo;
import kyokan.step.viptreatment.json.CustomersJson;
import kyokan.step.viptreatment.karte.KarteController;
import kyokan.step.viptreatment.report.VipReport;
import kyokan.step.viptreatment.retention.RetentionController;
import kyokan.step.viptreatment.roster.RosterController;
import kyokan.step.viptreatment.treatments.PerksController;
import kyokan.step.viptreatment.treatments.TreatmentsController;
import org.pf4j.Extension;
import org.pf4j.Plugin;

/** Step 6: treat the best customers specially — the roster, perks and treatments, カルテ, at-risk VIPs, retention. */
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
    public Optional<String> migrations() {
      return Optional.of("classpath:kyokan/step/viptreatment/db/migration");
    }

    @Override
    public void routes(StepRoutes routes) {
      Messages japanese = messages(Messages.JAPANESE);
      new RosterController(templates).register(routes);
      new AtRiskController(templates).register(routes);
      new TreatmentsController(templates).register(routes);
      new PerksController(templates, japanese).register(routes);
      new KarteController(templates, japanese).register(routes);
      new RetentionController(templates).register(routes);
      new CustomersJson().register(routes);
    }

    @Override
    public List<ReportBlock> reportSection(ReportContext context) {
      return new VipReport(messages(context.locale())).section(context);
    }

    @Override
    public List<StepAlert> alerts(AlertContext context) {
      return VipAlerts.of(context);
    }

    @Override
    public List<AgendaNote> agendaNotes(AgendaContext context) {
      return VipAlerts.notes(context, messages(context.locale()));
    }

    @Override
    public void prepareDemo(DemoContext context) {
      VipDemo.prepare(context, messages(Messages.JAPANESE));
    }
  }
}
