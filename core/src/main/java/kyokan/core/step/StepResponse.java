package kyokan.core.step;

import gg.jte.Content;

/** What a step's handler answers; the host turns it into HTTP. */
public sealed interface StepResponse {
  /** A page body, wrapped by the host in the page shell with the step's navigation. */
  record Page(String title, Content body) implements StepResponse {}

  /** Go elsewhere after a POST. */
  record Redirect(String location) implements StepResponse {}

  /** A file to save, e.g. a CSV export. */
  record Download(String fileName, String contentType, byte[] bytes) implements StepResponse {}

  /** Data shown as it is, e.g. JSON for a script. */
  record Data(String contentType, byte[] bytes) implements StepResponse {}

  static StepResponse page(String title, Content body) { return new Page(title, body); }

  static StepResponse redirect(String location) { return new Redirect(location); }

  static StepResponse download(String fileName, String contentType, byte[] bytes) {
    return new Download(fileName, contentType, bytes);
  }

  static StepResponse json(String json) {
    return new Data("application/json; charset=utf-8", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
