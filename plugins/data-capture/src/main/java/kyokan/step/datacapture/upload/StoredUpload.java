package kyokan.step.datacapture.upload;

import java.nio.file.Path;

/** A file a user uploaded, kept on disk under the client's folder until it is imported. */
public record StoredUpload(String id, long clientId, String fileName, Path path, long size, String sha256) {
  public boolean isWorkbook() {
    return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
  }
}
