package kyokan.step.datacapture.importing;

import kyokan.core.step.StepView;

/** The upload form; {@code error} is a message key or an already-written message, or null. */
public record UploadPage(StepView view, String csrf, String error) {
  public String errorText() {
    return error == null ? null : view.messages().has(error) ? view.t(error) : error;
  }
}
