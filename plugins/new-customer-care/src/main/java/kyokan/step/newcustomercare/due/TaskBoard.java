package kyokan.step.newcustomercare.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.Ledger;
import kyokan.core.db.Database;
import kyokan.core.outreach.Arm;
import kyokan.step.newcustomercare.enrolment.Enrolment;
import kyokan.step.newcustomercare.enrolment.EnrolmentMapper;
import kyokan.step.newcustomercare.enrolment.EnrolmentService;
import kyokan.step.newcustomercare.enrolment.FirstPurchase;
import kyokan.step.newcustomercare.sequence.SequenceService;
import kyokan.step.newcustomercare.sequence.SequenceStep;
import kyokan.step.newcustomercare.sequence.SequenceVersion;

/**
 * Every step of every contacted customer's sequence (the version they were enrolled under), with its due day and
 * state. A customer no longer in the ledger (merged into another, or their import undone) has no tasks: their
 * sequence ended.
 */
public final class TaskBoard {
  private final Database db;
  private final AnalyticsService analytics;
  private final SequenceService sequences;
  private final EnrolmentService enrolments;

  public TaskBoard(Database db, AnalyticsService analytics, SequenceService sequences, EnrolmentService enrolments) {
    this.db = db;
    this.analytics = analytics;
    this.sequences = sequences;
    this.enrolments = enrolments;
  }

  /** Every task, by due day then customer. */
  public List<Task> tasks(long clientId) {
    Map<Long, SequenceVersion> versions = new HashMap<>();
    for (SequenceVersion v : sequences.versions(clientId)) versions.put(v.id(), v);
    Map<String, EnrolmentMapper.TaskRow> marks = new HashMap<>();
    for (EnrolmentMapper.TaskRow r : db.read(s -> s.getMapper(EnrolmentMapper.class).selectTasks(clientId))) {
      marks.put(r.getEnrolmentId() + ":" + r.getStepNo(), r);
    }
    Ledger ledger = analytics.ledger(clientId);
    List<Task> tasks = new ArrayList<>();
    for (Enrolment e : enrolments.enrolments(clientId)) {
      if (e.arm() != Arm.CONTACTED) continue;
      OptionalInt index = ledger.customerIndex(e.customerId());
      if (index.isEmpty()) continue;
      FirstPurchase purchase = FirstPurchase.of(ledger, index.getAsInt()).orElse(null);
      if (purchase == null) continue;
      for (SequenceStep step : versions.get(e.versionId()).steps()) {
        LocalDate due = step.dueDate(e.firstPurchase());
        EnrolmentMapper.TaskRow mark = marks.get(e.id() + ":" + step.number());
        if (mark != null) {
          tasks.add(new Task(e, purchase, step, due, TaskState.valueOf(mark.getOutcome()), mark.getDoneOn(),
              mark.getRecordedByName(), mark.getNote()));
        } else {
          TaskState state = step.skipIfRepurchased() && purchase.boughtAgainBy(due) ? TaskState.BOUGHT_AGAIN : TaskState.OPEN;
          tasks.add(new Task(e, purchase, step, due, state, null, null, null));
        }
      }
    }
    tasks.sort(Comparator.comparing(Task::due).thenComparingLong(t -> t.enrolment().customerId()));
    return tasks;
  }
}
