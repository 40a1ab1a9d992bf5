package kyokan.core.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class EngagementTest {
  private final Engagement startingSeptember = Engagement.of(1, 1, YearMonth.of(2026, 9), 1, Instant.EPOCH);

  @Test
  void stepOneIsPlannedForTheStartMonth() {
    assertEquals(YearMonth.of(2026, 9), startingSeptember.plannedMonth(1));
  }

  @Test
  void stepSevenIsPlannedSixMonthsAfterTheStart() {
    assertEquals(YearMonth.of(2027, 3), startingSeptember.plannedMonth(7));
  }

  @Test
  void cycleEndsInTheMonthOfStepSeven() {
    assertEquals(YearMonth.of(2027, 3), startingSeptember.getEnd());
    assertEquals(startingSeptember.plannedMonth(Engagement.MONTHS), startingSeptember.getEnd());
  }

  @Test
  void programMonthIsZeroBeforeTheStart() {
    assertEquals(0, startingSeptember.programMonth(YearMonth.of(2026, 8)));
    assertEquals(0, startingSeptember.programMonth(YearMonth.of(2020, 1)));
  }

  @Test
  void programMonthCountsOneToSevenThroughTheCycle() {
    for (int step = 1; step <= 7; step++) {
      assertEquals(step, startingSeptember.programMonth(startingSeptember.plannedMonth(step)));
    }
  }

  @Test
  void programMonthIsEightAfterTheEnd() {
    assertEquals(8, startingSeptember.programMonth(YearMonth.of(2027, 4)));
    assertEquals(8, startingSeptember.programMonth(YearMonth.of(2035, 1)));
  }
}
