package kyokan.step.newcustomercare.due;

import java.time.LocalDate;
import java.util.List;

/**
 * The open contacts as of a day: overdue (due before it), due that day, and due in the six days after it (this
 * week, counted from the day).
 */
public record DueList(LocalDate today, List<Task> overdue, List<Task> dueToday, List<Task> thisWeek) {
  public static final int WEEK_DAYS = 7;

  public static DueList of(List<Task> tasks, LocalDate today) {
    LocalDate weekEnd = today.plusDays(WEEK_DAYS - 1);
    List<Task> open = tasks.stream().filter(Task::isOpen).toList();
    return new DueList(today, open.stream().filter(t -> t.due().isBefore(today)).toList(),
        open.stream().filter(t -> t.due().isEqual(today)).toList(),
        open.stream().filter(t -> t.due().isAfter(today) && !t.due().isAfter(weekEnd)).toList());
  }

  /** Every open contact due by the end of the week, overdue first. */
  public List<Task> all() {
    return java.util.stream.Stream.of(overdue, dueToday, thisWeek).flatMap(List::stream).toList();
  }

  public boolean isEmpty() {
    return overdue.isEmpty() && dueToday.isEmpty() && thisWeek.isEmpty();
  }
}
