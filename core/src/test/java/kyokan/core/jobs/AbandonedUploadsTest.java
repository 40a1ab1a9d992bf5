package kyokan.core.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kyokan.core.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbandonedUploadsTest {
  @TempDir Path temp;
  private TestDatabase data;
  private SharedFiles files;
  private Path uploads;

  @BeforeEach
  void open() {
    data = TestDatabase.open(temp.resolve("db"));
    files = new SharedFiles(data.db(), data.clock());
    uploads = temp.resolve("uploads");
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void localCopiesUntouchedForMoreThanADayAreDeletedAndYoungerOnesKept() throws Exception {
    Instant now = data.clock().instant();
    Path old = upload("1", "11111111-1111-1111-1111-111111111111", now.minus(Duration.ofHours(25)));
    Path young = upload("1", "22222222-2222-2222-2222-222222222222", now.minus(Duration.ofHours(23)));
    Path otherClientsOld = upload("2", "33333333-3333-3333-3333-333333333333", now.minus(Duration.ofDays(3)));

    int deleted = new AbandonedUploads(uploads, files, data.clock(), Duration.ofDays(1)).sweep();

    assertEquals(2, deleted);
    assertFalse(Files.exists(old));
    assertFalse(Files.exists(otherClientsOld));
    assertTrue(Files.exists(young.resolve("file.csv")));
  }

  @Test
  void storedFilesOlderThanADayAreDeletedFromTheDatabase() {
    SharedFiles.SharedFile old = files.save(1, "old.csv", "日付,金額\n".getBytes(StandardCharsets.UTF_8));
    data.clock().advance(Duration.ofHours(2));
    SharedFiles.SharedFile young = files.save(1, "young.csv", "日付,金額\n".getBytes(StandardCharsets.UTF_8));
    data.clock().advance(Duration.ofHours(23));

    new AbandonedUploads(uploads, files, data.clock(), Duration.ofDays(1)).sweep();

    assertTrue(files.find(1, old.id()).isEmpty(), "stored 25 hours ago");
    assertTrue(files.find(1, young.id()).isPresent(), "stored 23 hours ago");
  }

  @Test
  void aFolderWithoutUploadsIsNothingToSweep() {
    assertEquals(0, new AbandonedUploads(uploads.resolve("none"), files, data.clock(), Duration.ofDays(1)).sweep());
  }

  @Test
  void theJobRunnerRunsAChoreAtOnceAndAgain() throws Exception {
    CountDownLatch twice = new CountDownLatch(2);
    try (JobRunner runner = new JobRunner(data.db(), files, data.clock())) {
      runner.every(Duration.ofMillis(50), "count", twice::countDown);
      assertTrue(twice.await(5, TimeUnit.SECONDS));
    }
  }

  private Path upload(String client, String id, Instant written) throws Exception {
    Path dir = Files.createDirectories(uploads.resolve(client).resolve(id));
    Files.writeString(dir.resolve("file.csv"), "日付,金額\n");
    for (Path p : new Path[] {dir.resolve("file.csv"), dir}) {
      Files.setLastModifiedTime(p, FileTime.from(written));
    }
    return dir;
  }
}
