package kyokan.step.datacapture.importing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import kyokan.core.importing.ImportKind;
import kyokan.core.importing.ImportOptions;
import kyokan.core.importing.ValidationSummary;

/**
 * What a finished check or import leaves for its page: exactly one of the two. Kept with the job as JSON, since
 * the page may be shown by another workbench process than the one that ran the job.
 */
public record JobOutcome(Checked checked, Imported imported) {
  /** A check: the summary, and what is needed to import ({@code mapping} as {@code ColumnMapping.encode()} wrote it). */
  public record Checked(String uploadId, String fileName, ImportKind kind, ImportOptions options, String mapping, ValidationSummary summary) {}

  /** An import: the row of the client's import history it made. */
  public record Imported(String uploadId, long importId) {}

  // Derived getters (ValidationSummary.isClean) are written too, and ignored when read back.
  private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  static byte[] of(Checked checked) {
    return encode(new JobOutcome(checked, null));
  }

  static byte[] of(Imported imported) {
    return encode(new JobOutcome(null, imported));
  }

  static JobOutcome decode(byte[] json) {
    try {
      return JSON.readValue(json, JobOutcome.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] encode(JobOutcome outcome) {
    try {
      return JSON.writeValueAsBytes(outcome);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
