package kyokan.core.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes uploads nobody imported: the {@link SharedFiles} stored longer than {@code maxAge} ago (job results
 * too), and this process's local copies, every folder {@code <uploads>/<clientId>/<uploadId>} not written to
 * for as long. An import deletes its own upload when it finishes; this catches the rest (a preview never
 * imported, a browser closed half-way). Run by the {@link JobRunner}, so never while an import of this
 * process reads a file.
 */
public final class AbandonedUploads {
  private static final Logger log = LoggerFactory.getLogger(AbandonedUploads.class);
  private final Path uploads;
  private final SharedFiles files;
  private final Clock clock;
  private final Duration maxAge;

  public AbandonedUploads(Path uploads, SharedFiles files, Clock clock, Duration maxAge) {
    this.uploads = uploads;
    this.files = files;
    this.clock = clock;
    this.maxAge = maxAge;
  }

  /** Deletes the abandoned uploads; answers how many local copies went. */
  public int sweep() {
    Instant cutoff = clock.instant().minus(maxAge);
    int stored = files.deleteStoredBefore(cutoff);
    if (stored > 0) log.info("Deleted {} stored file(s) older than {}", stored, maxAge);
    if (!Files.isDirectory(uploads)) return 0;
    int deleted = 0;
    for (Path client : children(uploads)) {
      for (Path upload : children(client)) {
        if (Files.isDirectory(upload) && lastWritten(upload).isBefore(cutoff)) {
          deleteTree(upload);
          deleted++;
        }
      }
    }
    if (deleted > 0) log.info("Deleted {} upload(s) not imported within {}", deleted, maxAge);
    return deleted;
  }

  /** Deletes a folder and everything in it; a folder already gone is fine. */
  public static void deleteTree(Path folder) {
    if (!Files.exists(folder)) return;
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> children(Path folder) {
    if (!Files.isDirectory(folder)) return List.of();
    try (Stream<Path> list = Files.list(folder)) {
      return list.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The newest write inside the folder: a file still being uploaded keeps its folder young.
  private static Instant lastWritten(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      return all.map(AbandonedUploads::modified).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Instant modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }
}
