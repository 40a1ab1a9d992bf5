package kyokan.step.newcustomercare.common;

import java.time.Clock;
import java.time.LocalDate;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.db.Database;
import kyokan.core.outreach.ContactLog;
import kyokan.core.step.CoreServices;
import kyokan.step.newcustomercare.due.TaskBoard;
import kyokan.step.newcustomercare.due.TaskMarks;
import kyokan.step.newcustomercare.enrolment.EnrolmentService;
import kyokan.step.newcustomercare.results.SequenceResults;
import kyokan.step.newcustomercare.sequence.SequenceService;

/** Step 5's services over the host's core services: the sequence, enrolment, the tasks and the results. */
public record Care(SequenceService sequences, EnrolmentService enrolments, TaskBoard board, TaskMarks marks,
    SequenceResults results, Clock clock) {

  public static Care of(CoreServices core) {
    Database db = core.get(Database.class);
    Clock clock = core.get(Clock.class);
    AnalyticsService analytics = core.get(AnalyticsService.class);
    SequenceService sequences = new SequenceService(db, clock);
    EnrolmentService enrolments = new EnrolmentService(db, analytics, sequences);
    TaskBoard board = new TaskBoard(db, analytics, sequences, enrolments);
    return new Care(sequences, enrolments, board, new TaskMarks(db, clock, core.get(ContactLog.class), board),
        new SequenceResults(analytics, sequences, enrolments, board), clock);
  }

  /** Today, after enrolling whoever became new since the last look (so every reader sees the same list). */
  public LocalDate enrolAndToday(long clientId) {
    LocalDate today = LocalDate.now(clock);
    enrolments.enrolNew(clientId, today);
    return today;
  }
}
