package kyokan.core.jobs;

import java.time.Instant;

/**
 * A long task (an import, a validation) running in the background, as its page shows it.
 *
 * @param ownerKey whose job it is: a client's id, or minus a consultant's user id
 * @param share done so far, 0.0–1.0
 * @param resultFileId the {@link SharedFiles} file the task left once DONE, else null
 * @param error a message for the user once FAILED, else null
 */
public record Job(String id, long ownerKey, String title, State state, long rowsRead, double share, String resultFileId,
    String error, Instant startedAt) {
  public enum State { RUNNING, DONE, FAILED }

  /** The message of a job whose process stopped without finishing it: a one-transaction import wrote nothing. */
  public static final String STOPPED = "処理が途中で止まりました(ワークベンチが再起動された可能性があります)。"
      + "何も書き込まれていません。もう一度お試しください。 / The work stopped part-way (the workbench may have restarted); "
      + "nothing was written. Please try again.";

  public boolean finished() {
    return state != State.RUNNING;
  }
}
