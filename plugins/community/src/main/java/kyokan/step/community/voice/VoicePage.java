package kyokan.step.community.voice;

import java.util.List;
import java.util.Map;
import kyokan.core.step.StepView;
import kyokan.step.community.common.StepPaths;

/** The voice page: the surveys, the comments still unanswered, and the promise-kept log. */
public record VoicePage(StepView view, List<SurveyRow> surveys, List<ResponseRow> unanswered, List<Promise> promises,
    String csrf, Map<String, String> errors, Map<String, String> values) {

  public String base() {
    return StepPaths.base(view);
  }

  public String surveyLink(SurveyRow s) {
    return StepPaths.survey(view.client().getId(), s.getId());
  }

  public String replyAction(ResponseRow r) {
    return base() + "voice/responses/" + r.getId() + "/reply";
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : view.t(key);
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  public SurveyQuestion.Kind[] kinds() {
    return SurveyQuestion.Kind.values();
  }
}
