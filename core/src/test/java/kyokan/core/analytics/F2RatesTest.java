package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Q5 as of 31 March 2025: the 90-day headline cohort is first purchases from 2 January 2024 to 31 December 2024. */
class F2RatesTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  private static F2Rates f2() {
    Sales sales = Sales.of()
        // F1: first on the cohort's first day, back exactly 90 days later.
        .line(AS_OF.minusDays(454), "F1", "11", "P", 1_000).line(AS_OF.minusDays(454 - 90), "F1", "12", "P", 1_000)
        // F2: back after 91 days.
        .line(AS_OF.minusDays(200), "F2", "21", "P", 1_000).line(AS_OF.minusDays(200 - 91), "F2", "22", "P", 1_000)
        // F3: a day before the cohort, back after 10 days.
        .line(AS_OF.minusDays(455), "F3", "31", "P", 1_000).line(AS_OF.minusDays(445), "F3", "32", "P", 1_000)
        // F4: 89 days ago, its window has not passed; back the same day.
        .line(AS_OF.minusDays(89), "F4", "41", "P", 1_000).line(AS_OF.minusDays(89), "F4", "42", "P", 1_000)
        // F5: a second, separate order on the first day counts.
        .line(AS_OF.minusDays(300), "F5", "51", "P", 1_000).line(AS_OF.minusDays(300), "F5", "52", "P", 1_000)
        // F6: two lines of one order are one purchase.
        .line(AS_OF.minusDays(300), "F6", "61", "P", 1_000).line(AS_OF.minusDays(300), "F6", "61", "Q", 1_000)
        // F7: the second order was refunded in full.
        .line(AS_OF.minusDays(250), "F7", "71", "P", 1_000).line(AS_OF.minusDays(220), "F7", "72", "P", 1_000)
        .line(AS_OF.minusDays(219), "F7", "72", "P", -1_000);
    return MonthReport.of(sales.ledger(), YearMonth.of(2025, 3), CpmThresholds.DEFAULTS).f2();
  }

  @Test
  void headlineCountsFirstTimersWhoseNinetyDaysHavePassed() {
    F2Rate rate = f2().within90();

    assertEquals(LocalDate.of(2024, 1, 2), rate.firstFrom());
    assertEquals(LocalDate.of(2024, 12, 31), rate.firstTo());
    // Cohort F1, F2, F5, F6, F7; back within 90 days: F1 (exactly 90) and F5 (same day).
    assertEquals(new Ratio(2, 5), rate.rate());
  }

  @Test
  void longerWindowsTakeTheYearOfFirstTimersWhoseWindowHasPassed() {
    F2Rates f2 = f2();

    // First purchases 4 Oct 2023 – 2 Oct 2024: F1, F2, F3, F5, F6, F7; back within 180: F1, F2, F3, F5.
    assertEquals(new Ratio(4, 6), f2.within180().rate());
    // First purchases 2 Apr 2023 – 31 Mar 2024: F1, F3, both back.
    assertEquals(new Ratio(2, 2), f2.within365().rate());
  }

  @Test
  void cohortTableShowsARateOnlyOnceTheWholeMonthsWindowHasPassed() {
    F2Rates f2 = f2();
    F2Cohort june = f2.cohorts().stream().filter(c -> c.month().equals(YearMonth.of(2024, 6))).findFirst().orElseThrow();
    F2Cohort january = f2.cohorts().get(f2.cohorts().size() - 3);

    assertEquals(YearMonth.of(2024, 1), f2.cohorts().get(0).month());
    assertEquals(YearMonth.of(2025, 3), f2.cohorts().get(f2.cohorts().size() - 1).month());
    assertEquals(2, june.firstTimers());
    assertEquals(Optional.of(new Ratio(1, 2)), june.within90());
    assertEquals(Optional.of(new Ratio(1, 2)), june.within180());
    assertTrue(june.within365().isEmpty());
    assertEquals(YearMonth.of(2025, 1), january.month());
    assertEquals(1, january.firstTimers());
    assertTrue(january.within90().isEmpty());
  }
}
