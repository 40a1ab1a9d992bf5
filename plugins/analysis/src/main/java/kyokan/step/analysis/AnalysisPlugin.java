package kyokan.step.analysis;

import gg.jte.Content;
import java.util.List;
import java.util.Map;
import kyokan.core.report.ReportBlock;
import kyokan.core.report.ReportContext;
import kyokan.core.step.BundledStep;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.core.step.StepView;
import kyokan.core.worksheet.WorksheetDefinition;
import kyokan.step.analysis.compare.CompareController;
import kyokan.step.analysis.dashboard.DashboardController;
import kyokan.step.analysis.dashboard.DashboardReport;
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

    @Override
    public Map<String, String> demoAnswers() {
      return Map.ofEntries(
          Map.entry("q1_repeat_share", "70"),
          Map.entry("q2_new_share", "30"),
          Map.entry("q3_lapsing_count", "20"),
          Map.entry("q3_lapsing_who", "平日の朝に来ていた会社員の方々。最近見かけない気がします。"),
          Map.entry("q4_active_share", "40"),
          Map.entry("q5_f2_rate", "50"),
          Map.entry("q6_top_count", "30"),
          Map.entry("q6_top_who", "毎週豆を買ってくださる近所の方々と、土曜の朝の常連さん。"),
          Map.entry("q7_top_frequency_days", "7"),
          Map.entry("q8_top_products", "深煎りの豆と、季節の焼き菓子。"),
          Map.entry("q9_promotion_rule", "no"),
          Map.entry("q9_promotion_rule_detail", "セールのお知らせは全員に同じものを送っています。"),
          Map.entry("q10_new_to_top", "partly"),
          Map.entry("q10_new_to_top_detail", "初めての方には次回使える割引券を渡していますが、その後は特に何もしていません。"));
    }

    @Override
    public void routes(StepRoutes routes) {
      new CompareController(templates).register(routes);
      new DashboardController(templates).register(routes);
    }

    @Override public Content overview(StepView view) { return templates.render("overview.jte", view); }

    @Override public List<ReportBlock> reportSection(ReportContext context) { return new DashboardReport(this, context.locale()).section(context); }
  }
}
