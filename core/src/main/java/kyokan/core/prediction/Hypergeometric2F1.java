package kyokan.core.prediction;

/**
 * Gauss's hypergeometric function ₂F₁(a, b; c; z) for real parameters and 0 ≤ z &lt; 1, summed as its power
 * series Σ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ. Neither Hipparchus nor Commons Numbers (nor any maintained Java library
 * on Maven Central) has it, so it is summed here with a proven stopping rule: from term n on, every ratio of
 * consecutive terms is at most ρ = z (1 + |a − 1| / (n + 1)) (1 + |b − c| / (c + n)), so once ρ &lt; 1 the
 * rest of the series is at most |tₙ| ρ / (1 − ρ), and the sum stops when that bound falls below
 * {@link #RELATIVE_TOLERANCE} of the sum.
 */
public final class Hypergeometric2F1 {
  /** The largest remainder left out, relative to the sum. */
  static final double RELATIVE_TOLERANCE = 1e-15;
  /** Enough for z up to 1 − 10⁻⁴ with moderate parameters; beyond it the caller should transform. */
  static final int MAX_TERMS = 2_000_000;

  private Hypergeometric2F1() {}

  /**
   * ₂F₁(a, b; c; z).
   *
   * @throws IllegalArgumentException when z is outside [0, 1) or c is zero or a negative integer
   * @throws ArithmeticException when the series has not converged within {@link #MAX_TERMS} terms
   */
  public static double value(double a, double b, double c, double z) {
    if (!(z >= 0 && z < 1)) throw new IllegalArgumentException("z must be in [0, 1): " + z);
    if (c <= 0 && c == Math.rint(c)) throw new IllegalArgumentException("c must not be 0 or a negative integer: " + c);
    double sum = 1;
    double term = 1;
    for (int n = 0; n < MAX_TERMS; n++) {
      term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
      sum += term;
      if (term == 0) return sum;
      int next = n + 1;
      if (c + next > 0) {
        double rho = z * (1 + Math.abs(a - 1) / (next + 1)) * (1 + Math.abs(b - c) / (c + next));
        if (rho < 1 && Math.abs(term) * rho / (1 - rho) <= RELATIVE_TOLERANCE * Math.abs(sum)) return sum;
      }
    }
    throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in " + MAX_TERMS + " terms");
  }
}
