package kyokan.core.step;

import gg.jte.Content;
import java.util.List;
import kyokan.core.export.CsvEncoding;
import kyokan.core.export.CsvExport;

/** What a step's handler answers; the host turns it into HTTP. */
public sealed interface StepResponse {
  /** A page body, wrapped by the host in the page shell with the step's navigation. */
  record Page(String title, Content body) implements StepResponse {}

  /** Go elsewhere after a POST. */
  record Redirect(String location) implements StepResponse {}

  /** A file to save, e.g. a CSV export. */
  record Download(String fileName, String contentType, byte[] bytes) implements StepResponse {}

  /** Data shown as it is, e.g. JSON for a script, with its HTTP status (400 for a request it cannot answer). */
  record Data(int status, String contentType, byte[] bytes) implements StepResponse {
    public Data(String contentType, byte[] bytes) {
      this(200, contentType, bytes);
    }
  }

  static StepResponse page(String title, Content body) { return new Page(title, body); }

  static StepResponse redirect(String location) { return new Redirect(location); }

  static StepResponse download(String fileName, String contentType, byte[] bytes) {
    return new Download(fileName, contentType, bytes);
  }

  /**
   * A table to save as {@code <stem>.csv} ({@code <stem>-sjis.csv} in Shift_JIS), written by {@link CsvExport}
   * in {@code encoding}, the charset named in the content type.
   */
  static StepResponse csv(String stem, List<String> header, Iterable<? extends List<String>> rows, CsvEncoding encoding) {
    boolean sjis = encoding == CsvEncoding.SHIFT_JIS;
    return download(stem + (sjis ? "-sjis" : "") + ".csv", "text/csv; charset=" + (sjis ? "Shift_JIS" : "UTF-8"),
        CsvExport.write(header, rows, encoding));
  }

  static StepResponse json(String json) {
    return json(200, json);
  }

  /** JSON with a status other than 200, e.g. 400 and {@code {"error": …}} for a parameter that cannot be read. */
  static StepResponse json(int status, String json) {
    return new Data(status, "application/json; charset=utf-8", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
