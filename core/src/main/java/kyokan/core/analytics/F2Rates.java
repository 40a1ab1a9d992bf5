package kyokan.core.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Q5: the share of new customers who came back. For a window of w days (90, 180, 365) the cohort is a
 * year of first-timers whose window has passed: first purchase dated {@code asOf − 364 − w … asOf − w};
 * for 90 days that is METHOD.md's headline {@code asOf − 454 … asOf − 90}. The per-cohort table has one row
 * per calendar month from the first month of the data to the as-of month.
 */
public record F2Rates(AnalysisBasis basis, F2Rate within90, F2Rate within180, F2Rate within365,
    List<F2Cohort> cohorts) {
  private static final int[] WINDOWS = {90, 180, 365};

  public F2Rates {
    cohorts = List.copyOf(cohorts);
  }

  static F2Rates of(CustomerSnapshot s, AnalysisBasis basis) {
    int rows = s.cohortSizes.length;
    long[] firstTimers = new long[WINDOWS.length];
    long[] returned = new long[WINDOWS.length];
    int[][] returnedByRow = new int[WINDOWS.length][rows];
    for (int c = 0; c < s.purchases.length; c++) {
      if (s.purchases[c] == 0) continue;
      int first = s.firstDay[c];
      long gap = s.secondDay[c] == CustomerSnapshot.NO_DAY ? Long.MAX_VALUE : s.secondDay[c] - first;
      int row = s.ledger.monthIndex(first) - s.cohortBase;
      for (int w = 0; w < WINDOWS.length; w++) {
        boolean backInTime = gap <= WINDOWS[w];
        if (first >= s.asOf - 364 - WINDOWS[w] && first <= s.asOf - WINDOWS[w]) {
          firstTimers[w]++;
          if (backInTime) returned[w]++;
        }
        if (backInTime) returnedByRow[w][row]++;
      }
    }
    F2Rate[] headline = new F2Rate[WINDOWS.length];
    for (int w = 0; w < WINDOWS.length; w++) {
      headline[w] = new F2Rate(WINDOWS[w], Days.date(s.asOf - 364 - WINDOWS[w]), Days.date(s.asOf - WINDOWS[w]),
          new Ratio(returned[w], firstTimers[w]));
    }
    List<F2Cohort> cohorts = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      int monthEnd = Days.lastDayOfMonth(s.cohortBase + r);
      List<Optional<Ratio>> cells = new ArrayList<>(WINDOWS.length);
      for (int w = 0; w < WINDOWS.length; w++) {
        cells.add(monthEnd + WINDOWS[w] <= s.asOf
            ? Optional.of(new Ratio(returnedByRow[w][r], s.cohortSizes[r])) : Optional.empty());
      }
      YearMonth month = Days.month(s.cohortBase + r);
      cohorts.add(new F2Cohort(month, s.cohortSizes[r], cells.get(0), cells.get(1), cells.get(2)));
    }
    return new F2Rates(basis, headline[0], headline[1], headline[2], cohorts);
  }
}
