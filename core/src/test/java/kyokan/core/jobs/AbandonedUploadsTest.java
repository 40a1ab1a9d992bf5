package kyokan.core.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbandonedUploadsTest {
  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
  @TempDir Path uploads;

  @Test
  void uploadsUntouchedForMoreThanADayAreDeletedAndYoungerOnesKept() throws Exception {
    Path old = upload("1", "11111111-1111-1111-1111-111111111111", NOW.minus(Duration.ofHours(25)));
    Path young = upload("1", "22222222-2222-2222-2222-222222222222", NOW.minus(Duration.ofHours(23)));
    Path otherClientsOld = upload("2", "33333333-3333-3333-3333-333333333333", NOW.minus(Duration.ofDays(3)));

    int deleted = new AbandonedUploads(uploads, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(1)).sweep();

    assertEquals(2, deleted);
    assertFalse(Files.exists(old));
    assertFalse(Files.exists(otherClientsOld));
    assertTrue(Files.exists(young.resolve("file.csv")));
  }

  @Test
  void aFolderWithoutUploadsIsNothingToSweep() {
    assertEquals(0, new AbandonedUploads(uploads.resolve("none"), Clock.systemUTC(), Duration.ofDays(1)).sweep());
  }

  @Test
  void theJobRunnerRunsAChoreAtOnceAndAgain() throws Exception {
    CountDownLatch twice = new CountDownLatch(2);
    try (JobRunner runner = new JobRunner(Clock.systemUTC())) {
      runner.every(Duration.ofMillis(50), "count", twice::countDown);
      assertTrue(twice.await(5, TimeUnit.SECONDS));
    }
  }

  private Path upload(String client, String id, Instant written) throws Exception {
    Path dir = Files.createDirectories(uploads.resolve(client).resolve(id));
    Files.writeString(dir.resolve("file.csv"), "日付,金額\n");
    Files.writeString(dir.resolve("upload.properties"), "fileName=a.csv\n");
    for (Path p : new Path[] {dir.resolve("file.csv"), dir.resolve("upload.properties"), dir}) {
      Files.setLastModifiedTime(p, FileTime.from(written));
    }
    return dir;
  }
}
