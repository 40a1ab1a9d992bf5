package kyokan.core.outreach.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * What a list of this size can tell (two-sided 5 %, power 80 %): the smallest difference in response rate
 * d = (z₀.₉₇₅ + z₀.₈) · √(p(1−p)(1/n₁ + 1/n₂)), which equals METHOD.md's per-arm formula
 * (z₀.₉₇₅ + z₀.₈)² · 2p(1−p) / n solved for d when n₁ = n₂ = n.
 *
 * <p>Edges: an empty arm can detect nothing, so {@link #smallest} answers 1 (the whole scale) and
 * {@link #campaignsToDetect} answers 0 ("no number of such campaigns"). A pooled rate of 0 or 1 has no
 * variance to plan with; it is taken as one responder (or one non-responder) among n₁ + n₂.
 */
public final class DetectableDifference {
  static final double Z_SUM;

  static {
    NormalDistribution normal = NormalDistribution.of(0, 1);
    Z_SUM = normal.inverseCumulativeProbability(0.975) + normal.inverseCumulativeProbability(0.8);
  }

  private DetectableDifference() {}

  /** The smallest difference in response rate (0 … 1) these arm sizes detect at the pooled rate. */
  public static double smallest(int n1, int n2, double pooledRate) {
    if (n1 <= 0 || n2 <= 0) return 1;
    return Math.min(1, unbounded(n1, n2, pooledRate));
  }

  /**
   * How many campaigns of this size, pooled, detect {@code difference} (0 &lt; difference ≤ 1): pooling k equal
   * campaigns divides the variance by k, so k = ⌈(d₁ / difference)²⌉. 0 when an arm is empty.
   */
  public static int campaignsToDetect(int n1, int n2, double pooledRate, double difference) {
    if (!(difference > 0 && difference <= 1)) {
      throw new IllegalArgumentException("the difference to detect must be above 0 and at most 1, got " + difference);
    }
    if (n1 <= 0 || n2 <= 0) return 0;
    double ratio = unbounded(n1, n2, pooledRate) / difference;
    double k = Math.ceil(ratio * ratio - 1e-9);
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, k));
  }

  private static double unbounded(int n1, int n2, double pooledRate) {
    if (Double.isNaN(pooledRate) || pooledRate < 0 || pooledRate > 1) {
      throw new IllegalArgumentException("a pooled rate must be within 0 … 1, got " + pooledRate);
    }
    double floor = 1.0 / ((double) n1 + n2);
    double p = Math.min(Math.max(pooledRate, floor), 1 - floor);
    return Z_SUM * Math.sqrt(p * (1 - p) * (1.0 / n1 + 1.0 / n2));
  }
}
