package kyokan.core.outreach.stats;

/**
 * The difference between two independent proportions with Newcombe's hybrid score interval (Newcombe 1998,
 * "Interval estimation for the difference between independent proportions", method 10), built from the two
 * Wilson intervals: lower = d − √((p₁−l₁)² + (u₂−p₂)²), upper = d + √((u₁−p₁)² + (p₂−l₂)²).
 */
public final class NewcombeInterval {
  private NewcombeInterval() {}

  /** d = rate(contacted) − rate(heldOut) with its 95 % interval, kept within −1 … 1 (an empty arm gives nearly all of it). */
  public static RateDifference of(Proportion contacted, Proportion heldOut) {
    double p1 = contacted.rate();
    double p2 = heldOut.rate();
    Interval w1 = WilsonInterval.of(contacted.successes(), contacted.n());
    Interval w2 = WilsonInterval.of(heldOut.successes(), heldOut.n());
    double d = p1 - p2;
    double lower = d - Math.hypot(p1 - w1.lower(), w2.upper() - p2);
    double upper = d + Math.hypot(w1.upper() - p1, p2 - w2.lower());
    return new RateDifference(p1, p2, d, new Interval(Math.max(-1, lower), Math.min(1, upper)));
  }
}
