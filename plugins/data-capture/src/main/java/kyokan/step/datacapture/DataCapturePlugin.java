package kyokan.step.datacapture;

import gg.jte.Content;
import java.util.Map;
import kyokan.core.step.BundledStep;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.core.step.StepView;
import kyokan.core.worksheet.WorksheetDefinition;
import kyokan.step.datacapture.entry.EntryRoutes;
import kyokan.step.datacapture.importing.ImportController;
import kyokan.step.datacapture.quality.QualityController;
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

    @Override
    public Map<String, String> demoAnswers() {
      return Map.of(
          "records_now", "pos\nspreadsheet",
          "systems", "Airレジ、焼き菓子の通販はBASE",
          "identify_at_till", "常連さんはスタンプカードの名前で分かります。初めての方やテイクアウトの方はほとんど分かりません。",
          "capture_rate_guess", "30",
          "capture_rate_goal", "50",
          "capture_ideas", "スタンプカードを会員カードに切り替え、登録時にお名前と連絡先を伺う。豆の定期便は必ず会員登録。",
          "contact_consent", "partly",
          "main_products", "ブレンドコーヒー\t550\t一番人気\nさくらブレンド(豆200g)\t1600\t季節限定\n焼き菓子セット\t1200\t贈答用",
          "monthly_routine", "毎月5日に店主がAirレジの会計明細(前月分)を取り込む。");
    }

    @Override
    public void routes(StepRoutes routes) {
      new ImportController(templates).register(routes);
      new QualityController(templates).register(routes);
      EntryRoutes.register(routes, templates);
    }

    @Override public Content overview(StepView view) { return templates.render("overview.jte", view); }
  }
}
