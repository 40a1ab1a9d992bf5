package kyokan.core.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import kyokan.core.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs and files kept in the database: two runners on one database stand for two workbench processes. */
class SharedJobsTest {
  private static final long CLIENT = 7;
  private static final long OTHER_CLIENT = 8;
  @TempDir java.nio.file.Path temp;
  private TestDatabase data;
  private SharedFiles files;
  private JobRunner processA;
  private JobRunner processB;

  @BeforeEach
  void open() {
    data = TestDatabase.open(temp);
    files = new SharedFiles(data.db(), data.clock());
    processA = new JobRunner(data.db(), files, data.clock());
    processB = new JobRunner(data.db(), new SharedFiles(data.db(), data.clock()), data.clock());
  }

  @AfterEach
  void close() {
    processA.close();
    processB.close();
    data.close();
  }

  @Test
  void aFileOfSeveralPiecesComesBackWholeWithItsHashOnlyForItsOwner() throws Exception {
    byte[] content = new byte[SharedFiles.CHUNK * 2 + 12_345];
    new Random(17).nextBytes(content);

    SharedFiles.SharedFile saved = files.save(CLIENT, "売上.csv", new ByteArrayInputStream(content));

    SharedFiles.SharedFile found = new SharedFiles(data.db(), data.clock()).find(CLIENT, saved.id()).orElseThrow();
    assertEquals("売上.csv", found.fileName());
    assertEquals(content.length, found.size());
    assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), found.sha256());
    ByteArrayOutputStream back = new ByteArrayOutputStream();
    files.copyTo(found, back);
    assertArrayEquals(content, back.toByteArray());
    assertTrue(files.find(OTHER_CLIENT, saved.id()).isEmpty(), "another client's id finds nothing");

    files.delete(saved.id());
    assertTrue(files.find(CLIENT, saved.id()).isEmpty());
    assertEquals(0L, (long) data.db().read(s -> count(s.getConnection(), "SELECT COUNT(*) FROM shared_file_chunk")), "its pieces go with it");
  }

  @Test
  void aJobStartedOnOneProcessIsWatchedAndItsResultReadOnTheOther() throws Exception {
    CountDownLatch reported = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    String id = processA.submit(CLIENT, "sales.csv", progress -> {
      progress.report(1_200, 0.25);
      reported.countDown();
      await(release);
      return "結果".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    });
    assertTrue(reported.await(5, TimeUnit.SECONDS));

    Job running = processB.find(CLIENT, id).orElseThrow();
    assertEquals(Job.State.RUNNING, running.state());
    assertEquals(1_200, running.rowsRead());
    assertEquals(0.25, running.share(), 1e-9);
    assertTrue(processB.find(OTHER_CLIENT, id).isEmpty(), "one client never sees another's job");

    release.countDown();
    Job done = waitFor(() -> processB.find(CLIENT, id).orElseThrow());
    assertEquals(Job.State.DONE, done.state());
    assertEquals(1.0, done.share(), 1e-9);
    assertEquals("結果", new String(processB.result(done).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void aFailureKeepsItsMessageForTheUserOnlyWhenItWasWrittenForThem() {
    String told = processA.submit(CLIENT, "a.csv", progress -> { throw new UserFacingException("ファイルが壊れています。"); });
    String untold = processA.submit(CLIENT, "b.csv", progress -> { throw new IllegalStateException("internal detail"); });

    Job first = waitFor(() -> processB.find(CLIENT, told).orElseThrow());
    Job second = waitFor(() -> processB.find(CLIENT, untold).orElseThrow());
    assertEquals(Job.State.FAILED, first.state());
    assertEquals("ファイルが壊れています。", first.error());
    assertEquals(Job.State.FAILED, second.state());
    assertNull(second.error(), "the page shows its own general message");
    assertTrue(processB.result(first).isEmpty());
  }

  @Test
  void aJobWhoseProcessFellSilentReadsAsStoppedAndAHeartbeatKeepsItAlive() {
    JobStore store = new JobStore(data.db());
    store.insert(new Job("11111111-1111-1111-1111-111111111111", CLIENT, "c.csv", Job.State.RUNNING, 0, 0, null, null,
        data.clock().instant()), "process-gone");
    store.insert(new Job("22222222-2222-2222-2222-222222222222", CLIENT, "d.csv", Job.State.RUNNING, 0, 0, null, null,
        data.clock().instant()), "process-alive");

    data.clock().advance(JobRunner.SILENCE.minusSeconds(1));
    store.heartbeat("process-alive", data.clock().instant());
    data.clock().advance(Duration.ofSeconds(2));

    Job gone = processB.find(CLIENT, "11111111-1111-1111-1111-111111111111").orElseThrow();
    assertEquals(Job.State.FAILED, gone.state());
    assertEquals(Job.STOPPED, gone.error());
    assertEquals(Job.State.RUNNING, processB.find(CLIENT, "22222222-2222-2222-2222-222222222222").orElseThrow().state());
  }

  private static Job waitFor(Supplier<Job> job) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < until) {
      Job j = job.get();
      if (j.finished()) return j;
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("the job did not finish");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long count(java.sql.Connection c, String sql) {
    try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }
}
