package kyokan.core.outreach.stats;

import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Campaigns of one kind pooled into one risk difference: Mantel–Haenszel with weights
 * wₖ = n₁ₖ·n₂ₖ / (n₁ₖ + n₂ₖ), its variance by Sato (1989, Biometrics 45:1323–4) and a 95 % normal interval.
 */
public final class MantelHaenszel {
  private static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

  private MantelHaenszel() {}

  /**
   * The pooled difference (p1, p2 are the crude rates of the pooled arms). Strata with an empty arm carry no
   * comparison and are skipped; with none left the answer is 0 with the interval −1 … 1.
   */
  public static RateDifference pooled(List<Stratum> strata) {
    double weights = 0, numerator = 0, satoP = 0, satoQ = 0;
    long responders1 = 0, n1s = 0, responders2 = 0, n2s = 0;
    for (Stratum s : strata) {
      double n1 = s.contacted().n(), n2 = s.heldOut().n();
      if (n1 == 0 || n2 == 0) continue;
      double a = s.contacted().successes(), b = s.heldOut().successes(), total = n1 + n2;
      weights += n1 * n2 / total;
      numerator += (a * n2 - b * n1) / total;
      satoP += (n1 * n1 * b - n2 * n2 * a + n1 * n2 * (n2 - n1) / 2) / (total * total);
      satoQ += (a * (n2 - b) + b * (n1 - a)) / (2 * total);
      responders1 += (long) a;
      n1s += (long) n1;
      responders2 += (long) b;
      n2s += (long) n2;
    }
    if (weights == 0) return new RateDifference(0, 0, 0, new Interval(-1, 1));
    double d = numerator / weights;
    double variance = Math.max(0, (d * satoP + satoQ) / (weights * weights));
    double half = Z * Math.sqrt(variance);
    Interval interval = new Interval(Math.max(-1, d - half), Math.min(1, d + half));
    return new RateDifference((double) responders1 / n1s, (double) responders2 / n2s, d, interval);
  }
}
