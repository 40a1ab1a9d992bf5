package kyokan.step.newcustomercare.due;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kyokan.core.step.StepView;
import kyokan.step.newcustomercare.common.StepPaths;

/**
 * The week's contacts: overdue, today and this week, with the form that marks the chosen ones done or skipped.
 *
 * @param recent the latest contacts marked done or skipped
 * @param lateArrivals new customers not enrolled because their first purchase reached the workbench late
 * @param hasSequence false until the sequence is first saved
 * @param flash a bundle key of what was just done (null for none)
 */
public record DuePage(StepView view, boolean hasSequence, LocalDate today, List<DueRow> rows, int overdue, int dueToday,
    int thisWeek, List<DueRow> recent, int lateArrivals, Map<String, String> errors, String flash, String note, String csrf) {

  public String base() {
    return StepPaths.base(view);
  }

  public boolean consultant() {
    return view.user().isConsultant();
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : view.t(key);
  }
}
