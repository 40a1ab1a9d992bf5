package kyokan.step.segmentfollowup.campaigns;

import java.util.Locale;
import java.util.stream.Collectors;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.i18n.Messages;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.outreach.ArmResult;
import kyokan.core.outreach.CampaignResult;
import kyokan.core.outreach.stats.ResponseComparison;
import kyokan.core.outreach.stats.Verdict;
import kyokan.core.step.StepView;
import kyokan.step.segmentfollowup.common.StepPaths;

/**
 * One campaign's result in words and figures for a page, a report or a JSON answer: every text is formatted
 * here once, so the page and the report say the same.
 */
public record ResultView(CampaignResult result, String link, String cells, String channel, String status,
    ArmView contacted, ArmView heldOut, String difference, String interval, String fisherP, String verdict,
    String verdictClass, String explanation, String cost, String extraRevenue, String netOfCost) {

  /** One arm's figures as shown. */
  public record ArmView(String customers, String responders, String rate, String revenuePerPerson, String orders,
      String progress) {}

  public static ResultView of(StepView view, CampaignResult r) {
    Locale locale = view.messages().locale();
    FigureFormat f = FigureFormat.of(view.client());
    String cells = r.list().rule().cells().stream().map(c -> view.t("cell." + c.name())).collect(Collectors.joining("・"));
    String status = !r.campaign().isSent() ? view.t("status.draft")
        : !r.started() ? view.t("status.waiting")
        : r.provisional() ? view.t("status.provisional", r.dataThrough().toString()) : view.t("status.final");
    ResponseComparison c = r.comparison().orElse(null);
    Messages words = Verdict.messages(locale);
    String difference = c == null ? FigureFormat.NONE : points(c.difference().difference());
    String interval = c == null ? FigureFormat.NONE
        : points(c.difference().interval().lower()) + " 〜 " + points(c.difference().interval().upper());
    String verdict = c == null ? view.t("verdict.noHoldout") : c.verdict().label(locale);
    String explanation = c == null ? view.t("verdict.noHoldout.explain")
        : words.format(c.verdict().explanationKey(), String.format(Locale.ROOT, "%.1f", c.smallestDetectable() * 100));
    String verdictClass = c == null ? "none" : c.verdict().name().toLowerCase(Locale.ROOT);
    String extra = r.extraRevenue().map(f::money).orElse(FigureFormat.NONE);
    String net = r.extraRevenue().map(x -> f.money(x - r.cost())).orElse(FigureFormat.NONE);
    return new ResultView(r, StepPaths.campaign(view.client().getId(), r.campaign().getId()), cells,
        view.t(r.campaign().getChannel().key()), status, arm(f, r.contacted(), r.progressKnown()),
        arm(f, r.heldOut(), r.progressKnown()), difference, interval,
        c == null ? FigureFormat.NONE : String.format(Locale.ROOT, "%.3f", c.fisherP()), verdict, verdictClass,
        explanation, f.money(r.cost()), extra, net);
  }

  private static ArmView arm(FigureFormat f, ArmResult a, boolean progressKnown) {
    return new ArmView(f.count(a.customers()), f.count(a.responders()),
        a.customers() == 0 ? FigureFormat.NONE : MoneyFormat.percent(a.responseRate()),
        a.customers() == 0 ? FigureFormat.NONE : f.money(Math.round(a.revenuePerPerson())), f.count(a.orders()),
        progressKnown && a.progressKnown() > 0 ? MoneyFormat.percent(a.progressRate()) : FigureFormat.NONE);
  }

  /** A difference of rates in percentage points, signed: +12.3pt. */
  static String points(double d) {
    return String.format(Locale.ROOT, "%+.1fpt", d * 100);
  }

  public boolean provisional() {
    return result.campaign().isSent() && result.provisional();
  }
}
