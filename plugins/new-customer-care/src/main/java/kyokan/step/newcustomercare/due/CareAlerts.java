package kyokan.step.newcustomercare.due;

import java.util.ArrayList;
import java.util.List;
import kyokan.core.step.AlertContext;
import kyokan.core.step.StepAlert;
import kyokan.step.newcustomercare.common.Care;
import kyokan.step.newcustomercare.common.StepPaths;

/** What step 5 raises on the cockpit and the shop's home page: contacts overdue, and those due today or this week. */
public final class CareAlerts {
  private CareAlerts() {}

  public static List<StepAlert> of(AlertContext ctx) {
    Care care = Care.of(ctx.services());
    long clientId = ctx.client().getId();
    if (care.sequences().current(clientId).isEmpty()) return List.of();
    care.enrolments().enrolNew(clientId, ctx.today());
    DueList due = DueList.of(care.board().tasks(clientId), ctx.today());
    String link = ctx.stepLink(StepPaths.STEP_ID, "due");
    List<StepAlert> alerts = new ArrayList<>();
    if (!due.overdue().isEmpty()) alerts.add(new StepAlert("new-customer-overdue", "alert.overdue", link, due.overdue().size()));
    int week = due.dueToday().size() + due.thisWeek().size();
    if (week > 0) alerts.add(new StepAlert("new-customer-due", "alert.due", link, week));
    return alerts;
  }
}
