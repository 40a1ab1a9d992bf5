package kyokan.core.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import kyokan.core.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs long tasks one at a time in the background. A task a user watches ({@link #submit}) is recorded in the
 * database with its progress and result, so its page can be served by any workbench process on the database
 * (issue 17); a process that stops half-way leaves its jobs without a heartbeat, and they read as failed.
 * One at a time on purpose: imports write in one large transaction each, and two at once would only slow
 * both on a two-core machine.
 */
public final class JobRunner implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
  /** How often a process says its jobs are alive, and how long a silent job is believed to be. */
  static final Duration HEARTBEAT = Duration.ofSeconds(10);
  static final Duration SILENCE = Duration.ofSeconds(60);
  // Progress is written at most this often: an import reports every few thousand rows.
  private static final long PROGRESS_WRITE_MILLIS = 500;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> daemon(r, "kyokan-jobs"));
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "kyokan-jobs-timer"));
  private final JobStore store;
  private final SharedFiles files;
  private final Clock clock;
  private final String processId = UUID.randomUUID().toString();
  // Started with the first job: a command that runs no job (./kyokan report) keeps no timer.
  private final AtomicBoolean beating = new AtomicBoolean();

  public JobRunner(Database db, SharedFiles files, Clock clock) {
    this.store = new JobStore(db);
    this.files = files;
    this.clock = clock;
  }

  /**
   * Starts {@code task} for the owner ({@code ownerKey}: a client's id, or minus a consultant's user id) and answers
   * the job's id. The task's result (null for none) is kept for the job's page; its message for the user on failure
   * comes from {@link UserFacingException}.
   */
  public String submit(long ownerKey, String title, Function<Progress, byte[]> task) {
    String id = UUID.randomUUID().toString();
    // Jobs are kept for their pages for a day, then forgotten (their result files go with the old uploads).
    store.deleteStartedBefore(clock.instant().minus(Duration.ofDays(1)));
    store.insert(new Job(id, ownerKey, title, Job.State.RUNNING, 0, 0, null, null, clock.instant()), processId);
    if (beating.compareAndSet(false, true)) {
      long period = HEARTBEAT.toMillis();
      timer.scheduleAtFixedRate(this::heartbeat, period, period, TimeUnit.MILLISECONDS);
    }
    executor.submit(() -> run(id, ownerKey, title, task));
    return id;
  }

  /** Queues work that no page watches (a figures refresh) in the same line as the jobs; it stays in this process. */
  public void queue(String name, Runnable work) {
    executor.submit(() -> {
      try {
        work.run();
      } catch (RuntimeException e) {
        log.warn("{} failed", name, e);
      }
    });
  }

  private void run(String id, long ownerKey, String title, Function<Progress, byte[]> task) {
    try {
      long[] lastWrite = {0};
      byte[] result = task.apply((rows, share) -> {
        long now = System.currentTimeMillis();
        if (now - lastWrite[0] < PROGRESS_WRITE_MILLIS) return;
        lastWrite[0] = now;
        try {
          store.progress(id, rows, share, clock.instant());
        } catch (RuntimeException e) {
          // The bar is for the eye: a progress write that fails must not stop an import half-way.
          log.warn("progress of job {} not written", id, e);
        }
      });
      String resultFile = result == null ? null : files.save(ownerKey, title, result).id();
      store.finish(id, Job.State.DONE, resultFile, null, clock.instant());
    } catch (RuntimeException e) {
      log.warn("Job {} failed", id, e);
      String message = e instanceof UserFacingException u ? u.getMessage() : null;
      store.finish(id, Job.State.FAILED, null, message, clock.instant());
    }
  }

  /**
   * Runs {@code chore} now and then every {@code period}, in the job queue like any job (so never beside an
   * import of this process); a chore that fails is logged and tried again next time.
   */
  public void every(Duration period, String name, Runnable chore) {
    timer.scheduleAtFixedRate(() -> queue(name, chore), 0, period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The job, only for the owner it belongs to: one client never sees another's jobs. */
  public Optional<Job> find(long ownerKey, String id) {
    return store.find(ownerKey, id, clock.instant().minus(SILENCE));
  }

  /** What a finished job left for its page, if anything (and if not yet swept away). */
  public Optional<byte[]> result(Job job) {
    if (job.resultFileId() == null) return Optional.empty();
    return files.find(job.ownerKey(), job.resultFileId()).map(files::bytes);
  }

  private void heartbeat() {
    try {
      store.heartbeat(processId, clock.instant());
    } catch (RuntimeException e) {
      log.warn("job heartbeat not written", e);
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  @Override
  public void close() {
    timer.shutdownNow();
    executor.shutdownNow();
  }
}
