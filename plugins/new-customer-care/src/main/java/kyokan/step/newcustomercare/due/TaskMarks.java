package kyokan.step.newcustomercare.due;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;
import kyokan.core.outreach.ContactLog;
import kyokan.core.outreach.ContactSource;

/**
 * Marks contacts done or skipped, who and when with a note, all in one transaction: a contact marked done is written
 * to the contact log (source SEQUENCE, the enrolment as source id); a skipped one is not, as nobody was contacted.
 * Anything wrong refuses the whole request and writes nothing.
 */
public final class TaskMarks {
  static final int NOTE_LIMIT = 1000;
  private final Database db;
  private final Clock clock;
  private final ContactLog contacts;
  private final TaskBoard board;

  public TaskMarks(Database db, Clock clock, ContactLog contacts, TaskBoard board) {
    this.db = db;
    this.clock = clock;
    this.contacts = contacts;
    this.board = board;
  }

  /** @param keys tasks as {@link Task#key()} */
  public int mark(long clientId, Collection<String> keys, TaskState outcome, LocalDate on, String note, long userId) {
    if (outcome != TaskState.DONE && outcome != TaskState.SKIPPED) throw new IllegalArgumentException("not a mark: " + outcome);
    String text = note == null ? "" : note.strip();
    if (keys.isEmpty()) throw new ValidationException("tasks", "error.noTaskChosen");
    if (on == null) throw new ValidationException("on", "error.date");
    if (on.isAfter(LocalDate.now(clock))) throw new ValidationException("on", "error.futureDate");
    if (text.length() > NOTE_LIMIT) throw new ValidationException("note", "error.noteLength");
    Map<String, Task> open = new HashMap<>();
    for (Task t : board.tasks(clientId)) if (t.isOpen()) open.put(t.key(), t);
    List<Task> chosen = keys.stream().distinct().map(open::get).toList();
    if (chosen.contains(null)) throw new ValidationException("tasks", "error.taskNotOpen");
    for (Task t : chosen) if (on.isBefore(t.enrolment().firstPurchase())) throw new ValidationException("on", "error.beforeFirstPurchase");
    return write(clientId, chosen.stream().map(t -> new Mark(t, outcome, on, text)).toList(), userId);
  }

  /** A task to mark, with its outcome, day and note: the demo marks many with different days at once. */
  public record Mark(Task task, TaskState outcome, LocalDate on, String note) {}

  /** Marks open tasks as read from {@link TaskBoard#tasks} in one transaction, each with its own day and note. */
  public int markEach(long clientId, List<Mark> marks, long userId) {
    for (Mark mark : marks) {
      if (!mark.task().isOpen() || mark.on().isAfter(LocalDate.now(clock)) || mark.on().isBefore(mark.task().enrolment().firstPurchase())) {
        throw new IllegalArgumentException("not a mark that can be made: " + mark);
      }
    }
    return write(clientId, marks, userId);
  }

  private int write(long clientId, List<Mark> marks, long userId) {
    return db.write(s -> {
      var m = s.getMapper(kyokan.step.newcustomercare.enrolment.EnrolmentMapper.class);
      for (Mark mark : marks) {
        Task t = mark.task();
        // A second browser may have marked it since the list was read: refuse rather than mark twice.
        if (m.countTask(t.enrolment().id(), t.step().number()) > 0) throw new ValidationException("tasks", "error.taskNotOpen");
        String note = mark.note() == null || mark.note().isBlank() ? null : mark.note();
        m.insertTask(t.enrolment().id(), t.step().number(), mark.outcome().name(), mark.on(), note, userId, clock.instant());
        if (mark.outcome() == TaskState.DONE) {
          contacts.record(s, clientId, List.of(t.enrolment().customerId()), t.step().channel(), mark.on(), ContactSource.SEQUENCE,
              t.enrolment().id(), note, userId);
        }
      }
      return marks.size();
    });
  }
}
