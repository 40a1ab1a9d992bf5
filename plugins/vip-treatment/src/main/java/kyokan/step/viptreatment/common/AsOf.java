package kyokan.step.viptreatment.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.MonthChoice;
import kyokan.core.step.StepRequest;

/** The month end a step-6 page shows its roster as of. */
public final class AsOf {
  private AsOf() {}

  /**
   * The month asked for with {@code ?month=YYYY-MM} when the data covers it ({@link MonthChoice}), no later than
   * the last complete month (which is the default): a roster is of a finished month. Empty when the shop has no
   * complete month yet.
   */
  public static Optional<LocalDate> monthEnd(StepRequest req) {
    AnalyticsService analytics = req.services().get(AnalyticsService.class);
    long clientId = req.view().client().getId();
    return analytics.latestCompleteMonth(clientId).flatMap(latest -> MonthChoice.of(analytics, clientId, req.query("month"))
        .map(MonthChoice::month).map(m -> m.isAfter(latest) ? latest : m)).map(YearMonth::atEndOfMonth);
  }
}
