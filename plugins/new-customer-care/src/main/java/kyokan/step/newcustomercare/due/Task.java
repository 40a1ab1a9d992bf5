package kyokan.step.newcustomercare.due;

import java.time.LocalDate;
import kyokan.step.newcustomercare.enrolment.Enrolment;
import kyokan.step.newcustomercare.enrolment.FirstPurchase;
import kyokan.step.newcustomercare.sequence.SequenceStep;

/**
 * One contact of one contacted customer's sequence.
 *
 * @param purchase the customer's first purchase as the ledger has it now
 * @param doneOn when it was marked done or skipped (null while open or skipped by the sequence)
 * @param markedBy who marked it (null likewise)
 */
public record Task(Enrolment enrolment, FirstPurchase purchase, SequenceStep step, LocalDate due, TaskState state,
    LocalDate doneOn, String markedBy, String note) {
  /** Done within this many days after the due day counts as on time: a shop does its contacts once or twice a week. */
  public static final int ON_TIME_DAYS = 3;

  /** The form value naming this task: enrolment id and step number. */
  public String key() {
    return enrolment.id() + ":" + step.number();
  }

  public boolean isOpen() {
    return state == TaskState.OPEN;
  }

  /** Done, and no later than {@link #ON_TIME_DAYS} after the due day. */
  public boolean doneOnTime() {
    return state == TaskState.DONE && !doneOn.isAfter(due.plusDays(ON_TIME_DAYS));
  }
}
