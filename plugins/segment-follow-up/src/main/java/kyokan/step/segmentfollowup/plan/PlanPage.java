package kyokan.step.segmentfollowup.plan;

import java.util.List;
import java.util.Map;
import kyokan.core.outreach.Channel;
import kyokan.core.step.StepView;
import kyokan.step.segmentfollowup.common.StepPaths;

/** The follow-up plan form: one row per cell. */
public record PlanPage(StepView view, List<PlanEntry> entries, Map<String, String> errors, boolean saved, String csrf) {

  public String action() {
    return StepPaths.base(view) + "plan";
  }

  public Channel[] channels() {
    return Channel.values();
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : view.t(key);
  }
}
