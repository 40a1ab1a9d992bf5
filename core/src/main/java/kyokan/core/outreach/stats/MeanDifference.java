package kyokan.core.outreach.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The difference between two arms' means (revenue per person) with a 95 % percentile bootstrap interval: each arm
 * resampled with replacement on its own, {@link #RESAMPLES} times, from a fixed seed so that the page, the JSON and
 * the report give the same interval. A bootstrap rather than a t interval because revenue per person is mostly
 * zeros with a long tail, far from normal in the small arms of a shop.
 */
public record MeanDifference(double mean1, double mean2, double difference, Interval interval) {
  public static final int RESAMPLES = 2_000;

  /** @param first the contacted arm's values, {@code second} the held-out arm's; neither empty */
  public static MeanDifference bootstrap(long[] first, long[] second, long seed) {
    if (first.length == 0 || second.length == 0) throw new IllegalArgumentException("both arms need at least one value");
    double m1 = mean(first);
    double m2 = mean(second);
    SplittableRandom random = new SplittableRandom(seed);
    double[] diffs = new double[RESAMPLES];
    for (int r = 0; r < RESAMPLES; r++) diffs[r] = resampledMean(first, random) - resampledMean(second, random);
    Arrays.sort(diffs);
    double lower = diffs[(int) Math.floor(0.025 * (RESAMPLES - 1))];
    double upper = diffs[(int) Math.ceil(0.975 * (RESAMPLES - 1))];
    return new MeanDifference(m1, m2, m1 - m2, new Interval(lower, upper));
  }

  private static double resampledMean(long[] values, SplittableRandom random) {
    long sum = 0;
    for (int i = 0; i < values.length; i++) sum += values[random.nextInt(values.length)];
    return (double) sum / values.length;
  }

  private static double mean(long[] values) {
    long sum = 0;
    for (long v : values) sum += v;
    return (double) sum / values.length;
  }
}
