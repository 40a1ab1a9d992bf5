package kyokan.core.outreach.stats;

import org.apache.commons.statistics.interval.BinomialConfidenceInterval;

/** Wilson's score interval for one proportion (Wilson 1927), 95 %, from Commons Statistics. */
public final class WilsonInterval {
  static final double ALPHA = 0.05;

  private WilsonInterval() {}

  /** The 95 % interval for {@code successes} of {@code n}; an empty arm (n = 0) knows nothing: 0 to 1. */
  public static Interval of(int successes, int n) {
    new Proportion(successes, n);
    if (n == 0) return new Interval(0, 1);
    var interval = BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate(n, successes, ALPHA);
    return new Interval(interval.getLowerBound(), interval.getUpperBound());
  }
}
