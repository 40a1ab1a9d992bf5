package kyokan.core.segmentation;

import java.time.Instant;
import java.time.LocalDate;
import kyokan.core.analytics.CpmThresholds;

/**
 * One save of a client's CPM thresholds: from which date they apply, and who saved them when.
 *
 * @param id grows with every save, so it orders saves (a later save overrides an earlier one from its date on)
 */
public record ThresholdEntry(long id, long clientId, LocalDate effectiveFrom, CpmThresholds thresholds, long savedBy,
    String savedByName, Instant savedAt) {}
