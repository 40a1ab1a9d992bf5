package kyokan.core.prediction;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kyokan.core.i18n.Messages;
import kyokan.core.i18n.MoneyFormat;

/**
 * The "how this is computed" text of step 6's predictions, in Japanese or English, with the client's own
 * fitted parameters (or, for a model that could not be fitted, why not), for a page or the printed report.
 *
 * @param title the page's heading
 * @param basis the as-of date and the number of customers
 */
public record HowComputed(String title, String basis, List<Section> sections) {
  /** A heading and its paragraphs. */
  public record Section(String title, List<String> paragraphs) {}

  static final String BUNDLE = "kyokan/core/prediction/messages";

  /** The text for these figures; amounts in {@code currency} (e.g. JPY). */
  public static HowComputed of(CustomerValues values, Locale locale, String currency) {
    Messages t = Messages.load(BUNDLE, locale, HowComputed.class.getClassLoader());
    String asOf = DateTimeFormatter.ofPattern(t.get("prediction.asOf.pattern"), t.locale()).format(values.asOf());
    List<Section> sections = new ArrayList<>();
    AtRiskRule rule = values.rule();
    sections.add(new Section(t.get("prediction.rhythm.title"), List.of(t.get("prediction.rhythm.text"),
        t.format("prediction.atRisk.text", rule.multiple(), rule.minimumDays(), values.thresholds().lapseDays()))));
    List<String> bgNbd = new ArrayList<>(List.of(t.get("prediction.bgnbd.text")));
    ModelFit<BgNbdParameters> bg = values.bgNbd();
    if (bg.isFitted()) {
      BgNbdParameters p = bg.parameters();
      bgNbd.add(t.format("prediction.bgnbd.parameters", p.r(), p.alpha(), p.a(), p.b(), bg.logLikelihood(), bg.customers()));
    } else {
      bgNbd.add(t.format(bg.outcome().messageKey(), bg.outcome() == FitOutcome.TOO_FEW_CUSTOMERS
          ? BgNbdModel.MIN_CUSTOMERS : BgNbdModel.MIN_REPEAT_CUSTOMERS));
    }
    sections.add(new Section(t.get("prediction.bgnbd.title"), bgNbd));
    List<String> spend = new ArrayList<>(List.of(t.get("prediction.gammagamma.text")));
    ModelFit<GammaGammaParameters> gg = values.gammaGamma();
    if (gg.isFitted()) {
      GammaGammaParameters p = gg.parameters();
      String mean = MoneyFormat.format(Math.round(p.populationMeanValue()), currency);
      spend.add(t.format("prediction.gammagamma.parameters", p.p(), p.q(), p.gamma(), gg.customers(), mean));
    } else {
      spend.add(t.format(gg.outcome().messageKey(), GammaGammaModel.MIN_REPEAT_CUSTOMERS));
    }
    spend.add(t.get("prediction.value.text"));
    if (!bg.isFitted() || !gg.isFitted()) spend.add(t.get("prediction.notFitted.note"));
    sections.add(new Section(t.get("prediction.gammagamma.title"), spend));
    return new HowComputed(t.get("prediction.title"), t.format("prediction.asOf", asOf, values.customers().size()),
        List.copyOf(sections));
  }
}
