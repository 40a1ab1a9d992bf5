package kyokan.step.datacapture.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import kyokan.core.jobs.AbandonedUploads;
import kyokan.core.jobs.SharedFiles;
import kyokan.core.jobs.SharedFiles.SharedFile;
import kyokan.core.step.DataFolder;

/**
 * Uploaded files kept between the preview, the validation and the import. The file itself is kept in the
 * database ({@link SharedFiles}), so that every workbench process can read it: the preview may be served by one
 * process and the import run by another. Each process reads it from a copy of its own under
 * {@code <uploads>/<clientId>/<uploadId>/}, made at first use, since the readers of tables need a file on disk.
 * Files belong to their client: one client's upload can never be reached from another's.
 */
public final class UploadStore {
  private final Path root;
  private final SharedFiles files;

  public UploadStore(DataFolder folder, SharedFiles files) {
    this.root = folder.uploads();
    this.files = files;
  }

  public StoredUpload save(long clientId, String fileName, InputStream content) {
    SharedFile stored = files.save(clientId, displayName(fileName), content);
    return find(clientId, stored.id()).orElseThrow();
  }

  /** Deletes the upload, everywhere it is kept, once its import has finished. */
  public void delete(StoredUpload upload) {
    files.delete(upload.id());
    AbandonedUploads.deleteTree(folder(upload.clientId(), upload.id()));
  }

  /** The upload, if it exists for this client, with a copy of it on this process's disk. */
  public Optional<StoredUpload> find(long clientId, String id) {
    if (!id.matches("[0-9a-f-]{36}")) return Optional.empty();
    return files.find(clientId, id).map(file -> new StoredUpload(id, clientId, file.fileName(), localCopy(file), file.size(), file.sha256()));
  }

  private Path localCopy(SharedFile file) {
    Path dir = folder(file.ownerKey(), file.id());
    Path copy = dir.resolve("file" + extension(file.fileName()));
    try {
      if (Files.isRegularFile(copy) && Files.size(copy) == file.size()) return copy;
      Files.createDirectories(dir);
      // Written beside it and moved into place: a copy half-written by a crash is never read as the file.
      Path part = Files.createTempFile(dir, "file", ".part");
      try (OutputStream out = Files.newOutputStream(part)) {
        files.copyTo(file, out);
      }
      Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path folder(long clientId, String id) {
    return root.resolve(String.valueOf(clientId)).resolve(id);
  }

  /** The name without any folder or control character; a name that is nothing but a folder ("/") becomes "upload". */
  static String displayName(String fileName) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    name = name.isEmpty() || name.equals(".") || name.equals("..") ? "upload" : name;
    // The database keeps 255 characters of it; the extension, which says how to read the file, stays.
    if (name.length() <= 255) return name;
    String ext = extension(name);
    return name.substring(0, 255 - ext.length()) + ext;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot).toLowerCase(java.util.Locale.ROOT);
    return ext.matches("\\.[a-z0-9]{1,5}") ? ext : "";
  }
}
