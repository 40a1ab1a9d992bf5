package kyokan.core.segmentation;

import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.ThresholdEvidence;

/**
 * The suggested lapse cut-off: the gap in days that {@value #SHARE} % of repeat purchases fall within
 * (repeat gaps: see {@link ThresholdEvidence}; the smallest {@code d} with at least {@value #SHARE} % of the
 * gaps ≤ {@code d}, the nearest-rank percentile), rounded up to a multiple of {@value #STEP} days. With
 * fewer than {@value #MIN_GAPS} gaps, METHOD.md's default instead. The sentence: "90 % of your repeat
 * orders come within 143 days → 150 days".
 *
 * @param repeatGaps how many gaps the percentile is taken over
 * @param percentileDays the {@value #SHARE} % gap (0 without gaps)
 * @param days the suggestion
 * @param gapDays the gaps: twenty buckets of a tenth of the suggestion each, and the rest
 */
public record LapseSuggestion(SuggestionBasis basis, int repeatGaps, int share, int percentileDays, int step, int days,
    Histogram gapDays) {
  public static final int SHARE = 90;
  public static final int STEP = 10;
  public static final int MIN_GAPS = 10;
  static final int BUCKETS = 20;

  static LapseSuggestion of(int[] gapCounts, int repeatGaps) {
    int percentile = percentile(gapCounts, repeatGaps);
    boolean enough = repeatGaps >= MIN_GAPS;
    int days = enough ? Math.max(STEP, roundUp(percentile)) : CpmThresholds.DEFAULTS.lapseDays();
    Histogram.Counter counter = new Histogram.Counter(0, Math.max(1, days / 10), BUCKETS);
    for (int gap = 0; gap < gapCounts.length; gap++) {
      if (gapCounts[gap] > 0) counter.add(gap, gapCounts[gap]);
    }
    return new LapseSuggestion(enough ? SuggestionBasis.DATA : SuggestionBasis.DEFAULT, repeatGaps, SHARE, percentile,
        STEP, days, counter.histogram());
  }

  // Nearest rank: the ⌈n × 90 / 100⌉-th smallest gap.
  static int percentile(int[] gapCounts, int n) {
    if (n == 0) return 0;
    long rank = ((long) n * SHARE + 99) / 100;
    long seen = 0;
    for (int gap = 0; gap < gapCounts.length; gap++) {
      seen += gapCounts[gap];
      if (seen >= rank) return gap;
    }
    throw new IllegalStateException("fewer gaps than " + n);
  }

  private static int roundUp(int days) {
    return (days + STEP - 1) / STEP * STEP;
  }
}
