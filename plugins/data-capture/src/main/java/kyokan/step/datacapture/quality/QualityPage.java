package kyokan.step.datacapture.quality;

import kyokan.core.i18n.MoneyFormat;
import kyokan.core.sales.DataQuality;
import kyokan.core.sales.MonthlyCapture;
import kyokan.core.step.StepView;

/** The data-quality page: what the ledger holds, and the capture rate month by month. */
public record QualityPage(StepView view, DataQuality quality) {
  public String money(long minor) {
    return MoneyFormat.format(minor, view.client().getCurrency());
  }

  public String percent(Double share) {
    return MoneyFormat.percent(share);
  }

  /** Bar width for a month's capture rate, in percent of the row. */
  public int bar(MonthlyCapture m) {
    return m.captureRate() == null ? 0 : (int) Math.round(Math.max(0, Math.min(1, m.captureRate())) * 100);
  }

  public String count(long n) {
    return String.format("%,d", n);
  }
}
