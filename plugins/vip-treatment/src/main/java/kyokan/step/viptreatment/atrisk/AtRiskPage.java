package kyokan.step.viptreatment.atrisk;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.prediction.AtRiskRule;
import kyokan.core.step.StepView;
import kyokan.step.viptreatment.common.StepPaths;

/** The VIPs at risk as of a month end, with their predictions, and the one button that makes them a campaign. */
public record AtRiskPage(StepView view, FigureFormat format, LocalDate asOf, int vips, AtRiskRule rule, int lapseDays,
    List<VipStatus> atRisk, boolean fitted, String csrf, boolean none, boolean badHoldout) {

  public String base() {
    return StepPaths.base(view);
  }

  public String month() {
    return java.time.YearMonth.from(asOf).toString();
  }

  public String karte(long customerId) {
    return StepPaths.karte(view.client().getId(), customerId);
  }

  public String percent(OptionalDouble d) {
    return d.isPresent() ? MoneyFormat.percent(d.getAsDouble()) : FigureFormat.NONE;
  }

  public String money(OptionalLong v) {
    return v.isPresent() ? format.money(v.getAsLong()) : FigureFormat.NONE;
  }

  public String lastTreated(VipStatus s) {
    return s.lastTreated() == null ? view.t("treatments.never") : s.lastTreated().toString();
  }

  public kyokan.core.outreach.Channel[] channels() {
    return kyokan.core.outreach.Channel.values();
  }

  public int defaultHoldout() {
    return AtRiskCampaign.DEFAULT_HOLDOUT_PERCENT;
  }

  public String ruleText() {
    return view.t("atRisk.rule", format.decimal(OptionalDouble.of(rule.multiple())), rule.minimumDays(), lapseDays);
  }
}
