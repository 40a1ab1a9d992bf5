package kyokan.core.analytics;

import java.time.LocalDate;

/**
 * What every figure was computed on, shown beside it: the as-of date (end of the chosen month), the
 * period (that calendar month up to the as-of date), the 365-day window, the CPM thresholds in force and
 * the version of the client's data.
 *
 * @param periodStart first day of the as-of date's calendar month
 * @param windowStart {@code asOf − 364}: the window is the 365 days {@code windowStart … asOf}
 */
public record AnalysisBasis(long clientId, long dataVersion, LocalDate asOf, LocalDate periodStart,
    LocalDate windowStart, CpmThresholds thresholds) {}
