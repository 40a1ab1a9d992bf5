package kyokan.step.newcustomercare.due;

import java.util.ArrayList;
import java.util.List;
import kyokan.core.db.Database;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerMapper;
import kyokan.core.step.CoreServices;

/** The due list's lines with each customer's record, read in one session. */
final class DueRows {
  private DueRows() {}

  static List<DueRow> of(CoreServices services, long clientId, DueList due) {
    return services.get(Database.class).read(s -> {
      CustomerMapper customers = s.getMapper(CustomerMapper.class);
      List<DueRow> rows = new ArrayList<>();
      add(rows, due.overdue(), "overdue", customers, clientId);
      add(rows, due.dueToday(), "today", customers, clientId);
      add(rows, due.thisWeek(), "week", customers, clientId);
      return rows;
    });
  }

  /** The latest contacts marked done or skipped, newest first, with who marked them and the note. */
  static List<DueRow> recent(CoreServices services, long clientId, List<Task> tasks, int limit) {
    List<Task> marked = tasks.stream().filter(t -> t.state() == TaskState.DONE || t.state() == TaskState.SKIPPED)
        .sorted(java.util.Comparator.comparing(Task::doneOn).reversed()).limit(limit).toList();
    return services.get(Database.class).read(s -> {
      List<DueRow> rows = new ArrayList<>();
      add(rows, marked, "marked", s.getMapper(CustomerMapper.class), clientId);
      return rows;
    });
  }

  private static void add(List<DueRow> rows, List<Task> tasks, String bucket, CustomerMapper customers, long clientId) {
    for (Task t : tasks) {
      Customer c = customers.selectById(clientId, t.enrolment().customerId());
      rows.add(new DueRow(t, bucket, c));
    }
  }
}
