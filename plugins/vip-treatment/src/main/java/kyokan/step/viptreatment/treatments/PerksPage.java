package kyokan.step.viptreatment.treatments;

import java.util.List;
import java.util.Map;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.outreach.Channel;
import kyokan.core.step.StepView;
import kyokan.step.viptreatment.common.StepPaths;

/** The perk list form: every perk with its channel and cost, and one blank row for a new perk. */
public record PerksPage(StepView view, FigureFormat format, List<Perk> perks, Map<String, String> errors, boolean saved,
    String csrf) {

  public String action() {
    return StepPaths.base(view) + "perks";
  }

  public Channel[] channels() {
    return Channel.values();
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : view.t(key);
  }
}
