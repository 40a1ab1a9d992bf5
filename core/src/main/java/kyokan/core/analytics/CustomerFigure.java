package kyokan.core.analytics;

import java.util.Arrays;

/**
 * The customers behind each figure of the month report, for the drill-down tables and their exports.
 * Lists are in customer code order, except {@link #PARETO_TOP} (best first, as ranked).
 */
public enum CustomerFigure {
  /** Q1: customers with a repeat purchase (not their first) dated in the period. */
  REPEAT_BUYERS,
  /** Q2: customers whose first purchase is dated in the period. */
  NEW_CUSTOMERS,
  /** Q3: last purchase 60–89 days before the as-of date. */
  LAPSING_60,
  /** Q3: 90–179 days. */
  LAPSING_90,
  /** Q3: 180 days or more. */
  LAPSING_180,
  /** Q4: customers with a purchase dated in the period. */
  BOUGHT_IN_PERIOD,
  /** Q4's base: customers with a purchase in the 365-day window. */
  BOUGHT_IN_WINDOW,
  /** Q5: the 90-day F2 cohort, first purchase dated {@code asOf − 454 … asOf − 90}. */
  F2_FIRST_TIMERS,
  /** Q5: those of the cohort with a second purchase within 90 days of the first. */
  F2_RETURNED,
  /** Q6–Q8: the active 優良 customers under the report's thresholds. */
  ACTIVE_LOYAL,
  /** Q6: the top ⌈20 %⌉ of the window's customers by window net amount. */
  PARETO_TOP;

  /** The figure's customers in {@code report}, which must be the report of {@code s}'s date. */
  public CustomerList members(CustomerSnapshot s, MonthReport report) {
    if (!s.asOf().equals(report.basis().asOf()) || s.ledger.version() != report.basis().dataVersion()) {
      throw new IllegalArgumentException("snapshot and report of different dates or data");
    }
    return switch (this) {
      case REPEAT_BUYERS -> s.where(c -> s.purchases[c] >= 2 && s.lastDay[c] >= s.periodStart);
      case NEW_CUSTOMERS -> s.where(c -> s.firstDay[c] >= s.periodStart);
      case LAPSING_60 -> report.lapsing().days60to89();
      case LAPSING_90 -> report.lapsing().days90to179();
      case LAPSING_180 -> report.lapsing().days180OrMore();
      case BOUGHT_IN_PERIOD -> s.where(c -> s.lastDay[c] >= s.periodStart);
      case BOUGHT_IN_WINDOW -> s.where(c -> s.lastDay[c] >= s.windowStart);
      case F2_FIRST_TIMERS -> s.where(c -> inF2Cohort(s, c));
      case F2_RETURNED -> s.where(c -> inF2Cohort(s, c) && s.secondDay[c] != CustomerSnapshot.NO_DAY
          && s.secondDay[c] - s.firstDay[c] <= 90);
      case ACTIVE_LOYAL -> report.top().activeLoyal();
      case PARETO_TOP -> {
        ParetoView pareto = report.top().pareto();
        int[] top = new int[pareto.topCount()];
        for (int i = 0; i < top.length; i++) top[i] = pareto.ranking().indexAt(i);
        yield new CustomerList(s.ledger, top);
      }
    };
  }

  /** The figure whose URL name is {@code name} (e.g. "lapsing-60"), or null. */
  public static CustomerFigure fromUrlName(String name) {
    return Arrays.stream(values()).filter(f -> f.urlName().equals(name)).findFirst().orElse(null);
  }

  /** e.g. {@code lapsing-60}, for links and export file names. */
  public String urlName() {
    return name().toLowerCase().replace('_', '-');
  }

  // Same bounds as F2Rates' 90-day headline.
  private static boolean inF2Cohort(CustomerSnapshot s, int c) {
    return s.firstDay[c] >= s.asOf - 454 && s.firstDay[c] <= s.asOf - 90;
  }
}
