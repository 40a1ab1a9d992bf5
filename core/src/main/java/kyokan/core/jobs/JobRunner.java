package kyokan.core.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs long tasks one at a time in the background and keeps their progress for the page that polls it.
 * One at a time on purpose: imports write in one large transaction each, and two at once would only
 * slow both on a two-core machine.
 */
public final class JobRunner implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "kyokan-jobs");
    t.setDaemon(true);
    return t;
  });
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "kyokan-jobs-timer");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final Clock clock;

  public JobRunner(Clock clock) {
    this.clock = clock;
  }

  /** Starts {@code task}; its message for the user on failure comes from {@link UserFacingException}. */
  public String submit(long clientId, String title, Function<Progress, Object> task) {
    String id = UUID.randomUUID().toString();
    // Finished jobs are kept for their result pages for a day, then forgotten.
    jobs.values().removeIf(j -> j.finished() && j.startedAt().isBefore(clock.instant().minus(java.time.Duration.ofDays(1))));
    jobs.put(id, new Job(id, clientId, title, Job.State.RUNNING, 0, 0, null, null, clock.instant()));
    executor.submit(() -> run(id, task));
    return id;
  }

  private void run(String id, Function<Progress, Object> task) {
    try {
      Object result = task.apply((rows, share) -> jobs.computeIfPresent(id, (k, j) ->
          new Job(k, j.clientId(), j.title(), j.state(), rows, share, null, null, j.startedAt())));
      jobs.computeIfPresent(id, (k, j) -> new Job(k, j.clientId(), j.title(), Job.State.DONE, j.rowsRead(), 1.0, result, null, j.startedAt()));
    } catch (RuntimeException e) {
      log.warn("Job {} failed", id, e);
      String message = e instanceof UserFacingException u ? u.getMessage() : null;
      jobs.computeIfPresent(id, (k, j) -> new Job(k, j.clientId(), j.title(), Job.State.FAILED, j.rowsRead(), j.share(), null,
          message, j.startedAt()));
    }
  }

  /**
   * Runs {@code chore} now and then every {@code period}, in the job queue like any job (so never beside an
   * import); a chore that fails is logged and tried again next time.
   */
  public void every(Duration period, String name, Runnable chore) {
    timer.scheduleAtFixedRate(() -> executor.submit(() -> {
      try {
        chore.run();
      } catch (RuntimeException e) {
        log.warn("Chore {} failed", name, e);
      }
    }), 0, period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The job, only for the client it belongs to: one client never sees another's jobs. */
  public Optional<Job> find(long clientId, String id) {
    return Optional.ofNullable(jobs.get(id)).filter(j -> j.clientId() == clientId);
  }

  @Override
  public void close() {
    timer.shutdownNow();
    executor.shutdownNow();
  }
}
