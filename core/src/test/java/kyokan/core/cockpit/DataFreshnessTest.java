package kyokan.core.cockpit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Last month's data is due by the 10th: from the 11th, a ledger that stops before last month is late. */
class DataFreshnessTest {
  @Test
  void lastMonthsDataIsLateOnlyFromTheEleventh() {
    LocalDate endOfApril = LocalDate.of(2026, 4, 30);
    assertFalse(DataFreshness.isLate(endOfApril, LocalDate.of(2026, 5, 10)));
    assertFalse(DataFreshness.isLate(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 10)), "until the 10th, March is enough");
    assertTrue(DataFreshness.isLate(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 11)));
    assertFalse(DataFreshness.isLate(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 11)));
    assertTrue(DataFreshness.isLate(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 1)));
    assertTrue(DataFreshness.isLate(null, LocalDate.of(2026, 5, 1)), "no data at all");
  }
}
