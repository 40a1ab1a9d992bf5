package kyokan.step.community.voice;

import java.util.Map;
import kyokan.core.step.StepView;
import kyokan.step.community.common.StepPaths;

/** One survey: its public link and QR code, NPS with the interval, answer counts, comments with their replies, the paper form. */
public record SurveyPage(StepView view, SurveyResults results, String baseUrl, String csrf, Map<String, String> errors, boolean saved) {

  public SurveyRow survey() {
    return results.survey();
  }

  public String action(String what) {
    return StepPaths.survey(view.client().getId(), survey().getId()) + "/" + what;
  }

  public String publicLink() {
    return StepPaths.publicSurvey(survey().getToken());
  }

  /** The public link with the address the workbench was reached at, as the QR code and the cards carry it. */
  public String publicUrl() {
    return baseUrl + publicLink();
  }

  public String replyAction(ResponseRow r) {
    return StepPaths.base(view) + "voice/responses/" + r.getId() + "/reply";
  }

  public String points(double value) {
    return String.format("%+.1f", value);
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : view.t(key);
  }
}
