package kyokan.step.viptreatment.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.step.StepRequest;

/** Reading a step-6 request: the month asked for. */
public final class Ids {
  private Ids() {}

  /**
   * The month end asked for with {@code ?month=YYYY-MM}, no later than the last complete month of the data
   * (which is the default); empty when the shop has no complete month yet.
   */
  public static Optional<LocalDate> monthEnd(StepRequest req) {
    Optional<YearMonth> latest = req.services().get(AnalyticsService.class).latestCompleteMonth(req.view().client().getId());
    if (latest.isEmpty()) return Optional.empty();
    YearMonth month = latest.get();
    try {
      YearMonth asked = req.query("month").map(YearMonth::parse).orElse(month);
      if (!asked.isAfter(month)) month = asked;
    } catch (DateTimeParseException e) {
      // a hand-edited month: the latest
    }
    return Optional.of(month.atEndOfMonth());
  }
}
