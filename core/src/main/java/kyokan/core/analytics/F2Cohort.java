package kyokan.core.analytics;

import java.time.YearMonth;
import java.util.Optional;

/**
 * One row of the F2 table: the customers whose first purchase falls in {@code month}, and the share of
 * them with a second purchase within 90, 180 and 365 days. A share is empty until its window has passed
 * for the whole cohort (last day of the month + window ≤ as-of date).
 */
public record F2Cohort(YearMonth month, int firstTimers, Optional<Ratio> within90, Optional<Ratio> within180,
    Optional<Ratio> within365) {}
