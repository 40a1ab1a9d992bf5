package kyokan.step.segmentation.common;

import kyokan.core.analytics.CpmAxis;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.step.StepView;

/** Cell definitions and threshold summaries with the thresholds' values filled in. */
public record Definitions(StepView view, FigureFormat format) {

  /** {0} lapse days, {1} and {2} tenure limits, {3} the "big" limit as written ("¥70,000" or "7回"). */
  public Object[] args(CpmThresholds t) {
    String big = t.axis() == CpmAxis.AMOUNT ? format.money(t.amountLimit()) : view.t("limit.count", t.countLimit());
    return new Object[] {t.lapseDays(), t.tenureShortDays(), t.tenureLongDays(), big};
  }

  public String cell(CpmCell cell, CpmThresholds t) {
    return view.t("cell." + cell.name() + ".def" + (t.axis() == CpmAxis.AMOUNT ? "" : ".count"), args(t));
  }

  /** "離脱 240日/在籍 90日・210日/累計 ¥70,000". */
  public String summary(CpmThresholds t) {
    return view.t(t.axis() == CpmAxis.AMOUNT ? "thresholds.summary" : "thresholds.summary.count", args(t));
  }
}
