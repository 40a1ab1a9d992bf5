package kyokan.step.viptreatment.atrisk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import kyokan.core.i18n.FigureFormat;
import java.time.YearMonth;
import kyokan.core.outreach.Campaign;
import kyokan.core.outreach.Channel;
import kyokan.core.prediction.CustomerValueService;
import kyokan.core.prediction.HowComputed;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.viptreatment.common.AsOf;
import kyokan.step.viptreatment.common.StepPaths;

/** The VIPs at risk, the campaign made from them in one click, and how the figures are computed. */
public final class AtRiskController {
  private final StepTemplates templates;

  public AtRiskController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("at-risk", this::showAtRisk);
    routes.post("at-risk/campaign", this::makeCampaign);
    routes.get("how", this::showHow);
  }

  StepResponse showAtRisk(StepRequest req) {
    Optional<LocalDate> asOf = AsOf.monthEnd(req);
    if (asOf.isEmpty()) return StepResponse.page(req.view().t("atRisk.title"), templates.render("nodata.jte", req.view()));
    VipWatch watch = VipWatch.of(req.services(), req.view().client().getId(), asOf.get());
    AtRiskPage page = new AtRiskPage(req.view(), FigureFormat.of(req.view().client()), asOf.get(), watch.vips().size(),
        watch.values().rule(), watch.values().thresholds().lapseDays(), watch.atRisk(), watch.values().bgNbd().isFitted(),
        req.csrfToken(), req.query("none").isPresent(), req.query("badHoldout").isPresent());
    return StepResponse.page(req.view().t("atRisk.title"), templates.render("atrisk/at-risk.jte", page));
  }

  StepResponse makeCampaign(StepRequest req) {
    long clientId = req.view().client().getId();
    Optional<LocalDate> asOf = AsOf.monthEnd(req);
    String back = StepPaths.base(req.view()) + "at-risk";
    if (asOf.isEmpty()) return StepResponse.redirect(back);
    VipWatch watch = VipWatch.of(req.services(), clientId, asOf.get());
    LocalDate today = LocalDate.now(req.services().get(Clock.class));
    Channel channel = Channel.parse(req.form("channel").orElse("")).orElse(Channel.LETTER);
    int holdout;
    try {
      holdout = Integer.parseInt(req.form("holdout").orElse(Integer.toString(AtRiskCampaign.DEFAULT_HOLDOUT_PERCENT)).strip());
    } catch (NumberFormatException e) {
      holdout = -1;
    }
    if (holdout < 0 || holdout > 50) return StepResponse.redirect(back + "?month=" + YearMonth.from(asOf.get()) + "&badHoldout=1");
    Campaign campaign = AtRiskCampaign.create(req.services(), clientId, asOf.get(), watch.atRisk(), today, channel, holdout,
        req.view().t("atRisk.campaign.name", asOf.get().toString()), req.view().t("atRisk.campaign.message"),
        req.view().user().getId());
    if (campaign == null) return StepResponse.redirect(back + "?none=1");
    return StepResponse.redirect(StepPaths.campaign(clientId, campaign.getId()));
  }

  StepResponse showHow(StepRequest req) {
    Optional<LocalDate> asOf = AsOf.monthEnd(req);
    if (asOf.isEmpty()) return StepResponse.page(req.view().t("how.title"), templates.render("nodata.jte", req.view()));
    var values = req.services().get(CustomerValueService.class).values(req.view().client().getId(), asOf.get());
    HowComputed how = HowComputed.of(values, req.view().messages().locale(), req.view().client().getCurrency());
    return StepResponse.page(how.title(), templates.render("atrisk/how.jte", new HowPage(req.view(), how)));
  }

  /** The "how this is computed" text with the shop's fitted parameters. */
  public record HowPage(kyokan.core.step.StepView view, HowComputed how) {}
}
