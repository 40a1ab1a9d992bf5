package kyokan.core.prediction;

import org.hipparchus.special.Gamma;

/**
 * The three parameters of the Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005, "RFM and CLV: Using
 * Iso-Value Curves for Customer Base Analysis"; Hardie's note 025): a customer's order values vary around
 * their own mean as Gamma(p, ν), and ν varies across customers as Gamma(q, γ).
 */
public record GammaGammaParameters(double p, double q, double gamma) {
  public GammaGammaParameters {
    if (!(p > 0 && q > 0 && gamma > 0) || Double.isInfinite(p + q + gamma)) {
      throw new IllegalArgumentException("Gamma-Gamma parameters must be positive and finite: " + p + ", " + q + ", " + gamma);
    }
  }

  /** One repeat customer's log-likelihood of their mean repeat value, equation (1a) of Hardie's note 025. */
  public double logLikelihood(SpendHistory h) {
    int x = h.repeats();
    if (x == 0) throw new IllegalArgumentException("the Gamma-Gamma likelihood needs a repeat purchase");
    double px = p * x;
    double m = h.meanValue();
    return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * Math.log(gamma)
        + (px - 1) * Math.log(m) + px * Math.log(x) - (px + q) * Math.log(gamma + m * x);
  }

  /** Whether the population's mean order value p γ / (q − 1) is finite (q &gt; 1); without it no value is expected. */
  public boolean hasFiniteMean() {
    return q > 1;
  }

  /** The mean order value across customers, p γ / (q − 1). */
  public double populationMeanValue() {
    requireFiniteMean();
    return p * gamma / (q - 1);
  }

  /**
   * E(M | p, q, γ, m_x, x) = p (γ + x m_x) / (p x + q − 1), equation (5): the customer's own mean pulled
   * towards the population's, the more so the fewer repeat purchases there are (x = 0: the population's).
   */
  public double expectedOrderValue(SpendHistory h) {
    requireFiniteMean();
    return p * (gamma + h.repeats() * h.meanValue()) / (p * h.repeats() + q - 1);
  }

  private void requireFiniteMean() {
    if (!hasFiniteMean()) throw new IllegalStateException("q ≤ 1: the mean order value is not finite (q = " + q + ")");
  }
}
