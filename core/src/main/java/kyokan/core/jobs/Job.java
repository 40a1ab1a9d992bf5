package kyokan.core.jobs;

import java.time.Instant;

/**
 * A long task (an import, a validation) running in the background, as its page shows it.
 *
 * @param share done so far, 0.0–1.0
 * @param result what the task returned once DONE, else null
 * @param error a message for the user once FAILED, else null
 */
public record Job(String id, long clientId, String title, State state, long rowsRead, double share, Object result,
    String error, Instant startedAt) {
  public enum State { RUNNING, DONE, FAILED }

  public boolean finished() {
    return state != State.RUNNING;
  }
}
