package kyokan.core.prediction;

import org.hipparchus.special.Gamma;

/**
 * The four parameters of the BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting Your Customers the Easy
 * Way"): while alive a customer buys at a Poisson rate λ ~ Gamma(r, α); after each purchase they drop out
 * with probability p ~ Beta(a, b). Times are in the unit the model was fitted in (weeks here).
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {
  public BgNbdParameters {
    if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || Double.isInfinite(r + alpha + a + b)) {
      throw new IllegalArgumentException("BG/NBD parameters must be positive and finite: " + r + ", " + alpha + ", " + a + ", " + b);
    }
  }

  /** One customer's log-likelihood, equation (6) of the paper, summed in logs so that large x stays finite. */
  public double logLikelihood(RepeatHistory h) {
    int x = h.repeats();
    double common = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha)
        + Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x);
    return common + logAliveTerms(x, h.lastPurchase(), h.age());
  }

  /**
   * log of (α+T)^−(r+x) + [x &gt; 0] a/(b+x−1) (α+t_x)^−(r+x), the two ways the history can have come about
   * (still alive at T, or dropped out right after the last purchase).
   */
  private double logAliveTerms(int x, double tx, double age) {
    double stillAlive = -(r + x) * Math.log(alpha + age);
    if (x == 0) return stillAlive;
    double droppedOut = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
    double max = Math.max(stillAlive, droppedOut);
    return max + Math.log(Math.exp(stillAlive - max) + Math.exp(droppedOut - max));
  }

  /** P(alive | x, t_x, T): the probability that the customer has not dropped out by T. */
  public double probabilityAlive(RepeatHistory h) {
    int x = h.repeats();
    if (x == 0) return 1;
    double logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + h.age()) - Math.log(alpha + h.lastPurchase()));
    return 1 / (1 + Math.exp(logOdds));
  }

  /**
   * E[Y(t) | x, t_x, T]: the expected number of purchases in the next {@code t} time units, equation (10).
   * Its ₂F₁(r+x, b+x; a+b+x−1; z) term, z = t/(α+T+t), is taken through Euler's transformation
   * ₂F₁(A, B; C; z) = (1−z)^(C−A−B) ₂F₁(C−A, C−B; C; z), which turns ((α+T)/(α+T+t))^(r+x) ₂F₁(…) into
   * (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z): small parameters, no overflow however large x is.
   */
  public double expectedPurchases(RepeatHistory h, double t) {
    if (!(t >= 0) || Double.isInfinite(t)) throw new IllegalArgumentException("t must be finite and at least 0: " + t);
    if (t == 0) return 0;
    int x = h.repeats();
    double age = h.age();
    double z = t / (alpha + age + t);
    double c = a + b + x - 1;
    double discounted = Math.exp((a - 1) * Math.log1p(-z)) * Hypergeometric2F1.value(c - r - x, a - 1, c, z);
    double numerator = c / (a - 1) * (1 - discounted);
    double denominator = x == 0 ? 1
        : 1 + a / (b + x - 1) * Math.exp((r + x) * (Math.log(alpha + age) - Math.log(alpha + h.lastPurchase())));
    return numerator / denominator;
  }
}
