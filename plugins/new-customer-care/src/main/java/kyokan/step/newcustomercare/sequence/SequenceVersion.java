package kyokan.step.newcustomercare.sequence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One saved version of a client's sequence. New customers are enrolled under the current (latest) version and keep
 * it, so a later edit changes nothing for customers already under way.
 *
 * @param startDate customers whose first purchase is on or after it are new to the sequence
 * @param holdoutPercent the share of new customers drawn at enrolment never to be contacted by the sequence
 */
public record SequenceVersion(long id, int versionNo, LocalDate startDate, int holdoutPercent, List<SequenceStep> steps) {

  public Optional<SequenceStep> step(int number) {
    return steps.stream().filter(s -> s.number() == number).findFirst();
  }

  /** The longest wait of the sequence, in days: after it every step of an enrolment is due. */
  public int lastDay() {
    return steps.stream().mapToInt(SequenceStep::daysAfter).max().orElse(0);
  }
}
