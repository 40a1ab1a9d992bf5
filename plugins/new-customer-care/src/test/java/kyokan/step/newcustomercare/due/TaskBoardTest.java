package kyokan.step.newcustomercare.due;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kyokan.core.ValidationException;
import kyokan.core.outreach.Channel;
import kyokan.core.outreach.Contact;
import kyokan.core.outreach.ContactSource;
import kyokan.step.newcustomercare.CareData;
import kyokan.step.newcustomercare.sequence.SequenceStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The due list and marking contacts, on a real database. */
class TaskBoardTest {
  @TempDir Path dir;
  private CareData data;
  private long clientId;

  @BeforeEach
  void open() {
    data = new CareData(dir);
    clientId = data.client.getId();
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void eachEnrolmentKeepsTheVersionItStartedWith() {
    save(List.of(step(1, 3, false), step(2, 21, true)));
    data.customer("A", true).sale("2026-04-02", "A", "A1", 1_000).importSales();
    data.clock.set(LocalDate.of(2026, 4, 3));
    data.care().enrolments().enrolNew(clientId, data.clock.today());
    save(List.of(step(1, 5, false), step(2, 30, true), step(3, 90, true)));
    data.customer("B", true).sale("2026-04-04", "B", "B1", 1_000).importSales();
    data.clock.set(LocalDate.of(2026, 4, 5));
    data.care().enrolments().enrolNew(clientId, data.clock.today());
    List<Task> tasks = data.care().board().tasks(clientId);
    assertEquals(List.of(LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 23)), dues(tasks, "A"), "A keeps version 1");
    assertEquals(List.of(LocalDate.of(2026, 4, 9), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 7, 3)), dues(tasks, "B"),
        "B gets version 2");
  }

  @Test
  void theDueListSplitsOverdueTodayAndTheWeekAcrossAMonthEnd() {
    save(List.of(step(1, 3, false)));
    for (String[] c : new String[][] {{"P", "2026-04-24"}, {"Q", "2026-04-27"}, {"R", "2026-04-30"}, {"S", "2026-05-03"},
        {"T", "2026-05-04"}}) {
      data.customer(c[0], true).sale(c[1], c[0], c[0] + "1", 1_000);
    }
    data.importSales();
    data.clock.set(LocalDate.of(2026, 4, 30));
    data.care().enrolments().enrolNew(clientId, LocalDate.of(2026, 5, 4));
    DueList due = DueList.of(data.care().board().tasks(clientId), LocalDate.of(2026, 4, 30));
    assertEquals(List.of(LocalDate.of(2026, 4, 27)), due.overdue().stream().map(Task::due).toList());
    assertEquals(List.of(LocalDate.of(2026, 4, 30)), due.dueToday().stream().map(Task::due).toList());
    assertEquals(List.of(LocalDate.of(2026, 5, 3), LocalDate.of(2026, 5, 6)), due.thisWeek().stream().map(Task::due).toList(),
        "the week is today and the six days after it; 7 May is next week");
  }

  @Test
  void aSecondPurchaseSkipsTheStepsMarkedSoAndKeepsTheOthers() {
    save(List.of(step(1, 3, false), step(2, 21, true)));
    data.customer("A", true).sale("2026-04-02", "A", "A1", 1_000).sale("2026-04-04", "A", "A2", 500).importSales();
    data.clock.set(LocalDate.of(2026, 4, 4));
    data.care().enrolments().enrolNew(clientId, data.clock.today());
    List<Task> tasks = data.care().board().tasks(clientId);
    assertEquals(TaskState.OPEN, tasks.get(0).state(), "the thank-you note goes out whatever happens");
    assertEquals(TaskState.BOUGHT_AGAIN, tasks.get(1).state());
  }

  @Test
  void markingDoneWritesTheContactLogSkippingDoesNotAndABadRequestWritesNothing() {
    save(List.of(step(1, 3, false), step(2, 21, false)));
    data.customer("A", true).sale("2026-04-02", "A", "A1", 1_000).importSales();
    data.clock.set(LocalDate.of(2026, 4, 5));
    data.care().enrolments().enrolNew(clientId, data.clock.today());
    List<Task> tasks = data.care().board().tasks(clientId);
    long customer = tasks.get(0).enrolment().customerId();
    TaskMarks marks = data.care().marks();
    assertThrows(ValidationException.class, () -> marks.mark(clientId, List.of(tasks.get(0).key()), TaskState.DONE,
        LocalDate.of(2026, 4, 6), "", data.owner.getId()), "a future day");
    assertThrows(ValidationException.class, () -> marks.mark(clientId, List.of(tasks.get(0).key(), "999:1"), TaskState.DONE,
        LocalDate.of(2026, 4, 5), "", data.owner.getId()), "a task that is not open");
    assertEquals(0, data.contacts().forCustomer(clientId, customer).size(), "nothing half-written");
    marks.mark(clientId, List.of(tasks.get(0).key()), TaskState.DONE, LocalDate.of(2026, 4, 5), "手書きで一言", data.owner.getId());
    List<Contact> log = data.contacts().forCustomer(clientId, customer);
    assertEquals(1, log.size());
    assertEquals(ContactSource.SEQUENCE, log.get(0).getSource());
    assertEquals(tasks.get(0).enrolment().id(), log.get(0).getSourceId());
    assertThrows(ValidationException.class, () -> marks.mark(clientId, List.of(tasks.get(0).key()), TaskState.DONE,
        LocalDate.of(2026, 4, 5), "", data.owner.getId()), "marked twice");
    marks.mark(clientId, List.of(tasks.get(1).key()), TaskState.SKIPPED, LocalDate.of(2026, 4, 5), "", data.owner.getId());
    assertEquals(1, data.contacts().forCustomer(clientId, customer).size(), "skipping contacts nobody");
    List<Task> after = data.care().board().tasks(clientId);
    assertEquals(TaskState.DONE, after.get(0).state());
    assertEquals("佐倉 陽子", after.get(0).markedBy());
    assertTrue(after.get(0).doneOnTime());
    assertEquals(TaskState.SKIPPED, after.get(1).state());
  }

  private void save(List<SequenceStep> steps) {
    data.care().sequences().save(clientId, LocalDate.of(2026, 4, 1), 0, steps, data.consultant.getId());
  }

  private static SequenceStep step(int n, int days, boolean skip) {
    return new SequenceStep(n, days, Channel.POSTCARD, "{氏名}様 ありがとうございました。", skip);
  }

  private List<LocalDate> dues(List<Task> tasks, String code) {
    long id = data.byCode(code).getId();
    return tasks.stream().filter(t -> t.enrolment().customerId() == id).map(Task::due).toList();
  }
}
