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

  private static void add(List<DueRow> rows, List<Task> tasks, String bucket, CustomerMapper customers, long clientId) {
    for (Task t : tasks) {
      Customer c = customers.selectById(clientId, t.enrolment().customerId());
      rows.add(new DueRow(t, bucket, c));
    }
  }
}
