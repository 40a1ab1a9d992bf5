package kyokan.step.segmentfollowup.mail;

import java.util.Map;
import kyokan.core.step.StepView;
import kyokan.step.segmentfollowup.common.StepPaths;

/** The shop's return address and the label printer's calibration. */
public record SettingsPage(StepView view, SettingsForm form, Map<String, String> errors, boolean saved, String csrf) {

  public String action() {
    return StepPaths.base(view) + "print-settings";
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : view.t(key);
  }
}
