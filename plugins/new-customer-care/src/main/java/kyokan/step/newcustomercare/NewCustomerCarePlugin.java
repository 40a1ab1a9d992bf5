package kyokan.step.newcustomercare;

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
import kyokan.step.newcustomercare.demo.CareDemo;
import kyokan.step.newcustomercare.due.CareAlerts;
import kyokan.step.newcustomercare.due.DueController;
import kyokan.step.newcustomercare.report.CareAgenda;
import kyokan.step.newcustomercare.report.CareReport;
import kyokan.step.newcustomercare.results.ResultsController;
import kyokan.step.newcustomercare.sequence.SequenceController;
import org.pf4j.Extension;
import org.pf4j.Plugin;

/**
 * Step 5: win the second purchase — the 3-3-3 follow-up sequence, new customers enrolled with a random holdout, the
 * week's contacts to print and mark, and F2 measured contacted against held out.
 */
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

    @Override
    public Optional<String> migrations() {
      return Optional.of("classpath:kyokan/step/newcustomercare/db/migration");
    }

    @Override
    public void routes(StepRoutes routes) {
      new SequenceController(templates).register(routes);
      new DueController(templates).register(routes);
      new ResultsController(templates).register(routes);
    }

    @Override
    public List<StepAlert> alerts(AlertContext context) {
      return CareAlerts.of(context);
    }

    @Override
    public List<AgendaNote> agendaNotes(AgendaContext context) {
      return CareAgenda.notes(context, messages(context.locale()));
    }

    @Override
    public List<ReportBlock> reportSection(ReportContext context) {
      return new CareReport(messages(context.locale())).section(context);
    }

    @Override
    public void prepareDemo(DemoContext context) {
      CareDemo.prepare(context, messages(Messages.JAPANESE));
    }
  }
}
