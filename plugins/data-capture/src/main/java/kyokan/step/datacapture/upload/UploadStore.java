package kyokan.step.datacapture.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import kyokan.core.jobs.AbandonedUploads;
import kyokan.core.step.DataFolder;

/**
 * Uploaded files kept between the preview, the validation and the import, one folder per client, so
 * one client's upload can never be reached from another's. The SHA-256 is taken while the file is
 * written, in one pass over a stream of any size.
 */
public final class UploadStore {
  private static final String META = "upload.properties";
  private final Path root;

  public UploadStore(DataFolder folder) {
    this.root = folder.uploads();
  }

  public StoredUpload save(long clientId, String fileName, InputStream content) {
    String id = UUID.randomUUID().toString();
    Path dir = root.resolve(String.valueOf(clientId)).resolve(id);
    String safeName = displayName(fileName);
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve("file" + extension(safeName));
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(content, sha); OutputStream out = Files.newOutputStream(file)) {
        in.transferTo(out);
      }
      StoredUpload upload = new StoredUpload(id, clientId, safeName, file, Files.size(file), HexFormat.of().formatHex(sha.digest()));
      Properties meta = new Properties();
      meta.setProperty("fileName", upload.fileName());
      meta.setProperty("sha256", upload.sha256());
      meta.setProperty("stored", file.getFileName().toString());
      try (OutputStream out = Files.newOutputStream(dir.resolve(META))) {
        meta.store(out, "uploaded file");
      }
      return upload;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Deletes the upload's file and folder, once its import has finished. */
  public void delete(StoredUpload upload) {
    AbandonedUploads.deleteTree(root.resolve(String.valueOf(upload.clientId())).resolve(upload.id()));
  }

  /** The upload, if it exists for this client. */
  public Optional<StoredUpload> find(long clientId, String id) {
    if (!id.matches("[0-9a-f-]{36}")) return Optional.empty();
    Path dir = root.resolve(String.valueOf(clientId)).resolve(id);
    Path metaFile = dir.resolve(META);
    if (!Files.isRegularFile(metaFile)) return Optional.empty();
    try (InputStream in = Files.newInputStream(metaFile)) {
      Properties meta = new Properties();
      meta.load(in);
      Path file = dir.resolve(meta.getProperty("stored"));
      return Optional.of(new StoredUpload(id, clientId, meta.getProperty("fileName"), file, Files.size(file), meta.getProperty("sha256")));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The name without any folder or control character; a name that is nothing but a folder ("/") becomes "upload". */
  static String displayName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    return name.isEmpty() || name.equals(".") || name.equals("..") ? "upload" : name;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
    return ext.matches("\\.[a-z0-9]{1,5}") ? ext : "";
  }
}
