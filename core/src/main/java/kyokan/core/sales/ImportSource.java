package kyokan.core.sales;

import java.nio.charset.StandardCharsets;
import kyokan.core.importing.ImportKind;

/**
 * The file an import reads, as recorded in the history.
 *
 * @param sha256 hex digest of the file's bytes: the same file is not imported twice
 * @param expectedRows rows the caller expects to hand over, for the progress share; 0 when unknown
 */
public record ImportSource(String fileName, String sha256, ImportKind kind, long expectedRows) {
  public ImportSource {
    if (fileName == null || fileName.isBlank()) throw new IllegalArgumentException("file name required");
    if (sha256 == null || !sha256.matches("[0-9a-fA-F]{64}")) throw new IllegalArgumentException("SHA-256 hex required");
    if (kind == null) throw new IllegalArgumentException("kind required");
    sha256 = sha256.toLowerCase(java.util.Locale.ROOT);
  }

  public ImportSource(String fileName, String sha256, ImportKind kind) {
    this(fileName, sha256, kind, 0);
  }

  /** Lines made by code rather than read from a file (the demo): the name stands for the content it hashes. */
  public static ImportSource generated(String name, ImportKind kind) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return new ImportSource(name, java.util.HexFormat.of().formatHex(digest), kind);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
