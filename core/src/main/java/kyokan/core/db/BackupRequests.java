package kyokan.core.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@code ./kyokan backup} reaches the running workbench, which alone may open its embedded database: the
 * command leaves a request file in {@code DATA/backup-requests}, the workbench makes the backup and answers
 * with a file beside it. Whoever may write the data folder may read the database anyway, so no other check.
 */
public final class BackupRequests implements AutoCloseable {
  static final String FOLDER = "backup-requests";
  private static final Logger log = LoggerFactory.getLogger(BackupRequests.class);
  private final Database db;
  private final Path folder;
  private final ScheduledExecutorService poller;

  private BackupRequests(Database db, Path folder) {
    this.db = db;
    this.folder = folder;
    this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "backup-requests");
      t.setDaemon(true);
      return t;
    });
  }

  /** The workbench's side: answers requests in {@code dataDir} every half second until closed. */
  public static BackupRequests serve(Database db, Path dataDir) {
    BackupRequests requests = new BackupRequests(db, dataDir.resolve(FOLDER));
    requests.poller.scheduleWithFixedDelay(requests::answerAll, 0, 500, TimeUnit.MILLISECONDS);
    return requests;
  }

  /**
   * The command's side: asks the workbench running on {@code dataDir} for a backup into {@code out}.
   *
   * @return the backup's database folder
   * @throws DatabaseException when the backup failed, or nobody answered within {@code wait}
   */
  public static Path request(Path dataDir, Path out, Duration wait) throws InterruptedException {
    Path folder = dataDir.resolve(FOLDER);
    String id = UUID.randomUUID().toString();
    try {
      Files.createDirectories(folder);
      write(folder.resolve(id + ".request"), out.toAbsolutePath().normalize().toString());
      long deadline = System.nanoTime() + wait.toNanos();
      while (System.nanoTime() < deadline) {
        Path done = folder.resolve(id + ".done");
        Path failed = folder.resolve(id + ".failed");
        if (Files.exists(done)) return Path.of(take(done));
        if (Files.exists(failed)) throw new DatabaseException(take(failed), null);
        Thread.sleep(200);
      }
      Files.deleteIfExists(folder.resolve(id + ".request"));
    } catch (IOException e) {
      throw new DatabaseException("バックアップを依頼できません / cannot ask for the backup: " + folder, e);
    }
    throw new DatabaseException("ワークベンチが応答しません / the workbench did not answer: " + dataDir, null);
  }

  private void answerAll() {
    if (!Files.isDirectory(folder)) return;
    try (DirectoryStream<Path> requests = Files.newDirectoryStream(folder, "*.request")) {
      for (Path request : requests) answer(request);
    } catch (IOException | RuntimeException e) {
      log.warn("backup requests not read: {}", folder, e);
    }
  }

  private void answer(Path request) throws IOException {
    String id = request.getFileName().toString().replace(".request", "");
    String out = take(request);
    try {
      Path copy = DerbyBackup.run(db, Path.of(out));
      log.info("backup made: {}", copy);
      write(folder.resolve(id + ".done"), copy.toString());
    } catch (RuntimeException e) {
      log.warn("backup failed: {}", out, e);
      write(folder.resolve(id + ".failed"), e.getMessage());
    }
  }

  private static String take(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.delete(file);
    return text;
  }

  // Written beside, then moved: the other side never reads half a file.
  private static void write(Path file, String text) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, text, StandardCharsets.UTF_8);
    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void close() {
    poller.shutdownNow();
  }
}
