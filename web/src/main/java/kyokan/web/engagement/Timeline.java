package kyokan.web.engagement;

import io.javalin.http.Context;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kyokan.core.engagement.Engagement;
import kyokan.core.engagement.StepUnlock;
import kyokan.core.step.StepExtension;
import kyokan.core.worksheet.WorksheetStatus;
import kyokan.view.Format;
import kyokan.view.TimelineRow;
import kyokan.web.Services;
import kyokan.web.http.Pages;
import kyokan.web.http.RequestState;

/** The seven steps of one engagement as rows: planned month, lock state and who changed it, worksheet status. */
public final class Timeline {
  private Timeline() {}

  public static List<TimelineRow> rows(Context ctx, Services services, Engagement engagement) {
    Map<String, StepUnlock> unlocks = services.engagements().unlocks(engagement.getId());
    Map<String, WorksheetStatus> statuses = services.worksheets().statuses(engagement.getId());
    YearMonth now = YearMonth.now(services.clock());
    return services.steps().steps().stream().map(step -> row(ctx, step, engagement, unlocks.get(step.id()),
        statuses.getOrDefault(step.id(), WorksheetStatus.NOT_STARTED), now)).toList();
  }

  private static TimelineRow row(Context ctx, StepExtension step, Engagement e, StepUnlock unlock, WorksheetStatus status,
      YearMonth now) {
    YearMonth planned = e.plannedMonth(step.number());
    return new TimelineRow(step.number(), step.id(), step.title(RequestState.locale(ctx)), Pages.monthLabel(ctx, planned),
        unlock != null && unlock.isUnlocked(), unlock == null ? null : unlock.getChangedByName(),
        unlock == null ? null : Format.dateTime(unlock.getChangedAt()), status, planned.equals(now));
  }
}
