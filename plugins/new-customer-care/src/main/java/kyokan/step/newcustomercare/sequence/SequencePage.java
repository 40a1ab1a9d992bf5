package kyokan.step.newcustomercare.sequence;

import java.util.List;
import java.util.Map;
import kyokan.core.outreach.Channel;
import kyokan.core.step.StepView;
import kyokan.step.newcustomercare.common.StepPaths;

/**
 * The sequence editor: the form (the current version, or the program's default before the first save) and the
 * versions saved so far with how many customers each has enrolled.
 */
public record SequencePage(StepView view, SequenceForm form, boolean saved, List<VersionLine> versions,
    Map<String, String> errors, boolean justSaved, String csrf) {

  /** A saved version and the customers enrolled under it. */
  public record VersionLine(SequenceVersion version, long enrolled) {}

  public String action() {
    return StepPaths.base(view) + "sequence";
  }

  public Channel[] channels() {
    return Channel.values();
  }

  /** "3日後 はがき・21日後 ニュースレター・…" */
  public String summary(SequenceVersion version) {
    return String.join(view.t("sequence.stepSeparator"), version.steps().stream()
        .map(s -> view.t("sequence.stepShort", s.daysAfter(), view.t(s.channel().key()))).toList());
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : view.t(key);
  }
}
