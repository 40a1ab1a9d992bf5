package kyokan.step.newcustomercare.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import kyokan.core.outreach.Channel;
import org.junit.jupiter.api.Test;

class SequenceStepTest {

  @Test
  void dueDatesCountCalendarDaysAcrossMonthEndsAndLeapDays() {
    SequenceStep day3 = new SequenceStep(1, 3, Channel.POSTCARD, "x", false);
    SequenceStep day21 = new SequenceStep(2, 21, Channel.LETTER, "x", true);
    SequenceStep day90 = new SequenceStep(3, 90, Channel.POSTCARD, "x", true);
    assertEquals(LocalDate.of(2026, 2, 2), day3.dueDate(LocalDate.of(2026, 1, 30)));
    assertEquals(LocalDate.of(2026, 3, 3), day3.dueDate(LocalDate.of(2026, 2, 28)), "2026 has no 29 February");
    assertEquals(LocalDate.of(2028, 3, 2), day3.dueDate(LocalDate.of(2028, 2, 28)), "2028 has");
    assertEquals(LocalDate.of(2028, 2, 29), day21.dueDate(LocalDate.of(2028, 2, 8)));
    assertEquals(LocalDate.of(2028, 5, 29), day90.dueDate(LocalDate.of(2028, 2, 29)));
    assertEquals(LocalDate.of(2027, 1, 3), day3.dueDate(LocalDate.of(2026, 12, 31)), "across the year end");
  }
}
