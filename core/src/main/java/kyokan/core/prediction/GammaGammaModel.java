package kyokan.core.prediction;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.special.Gamma;

/**
 * Fits the Gamma-Gamma spend model by maximum likelihood on the customers with at least one repeat
 * purchase (only they have a mean repeat value), with {@link LogScaleMaximizer} from p = q = γ = 1. An
 * estimate with q ≤ 1 has no finite mean order value and counts as {@link FitOutcome#NOT_IDENTIFIED}. The
 * values are fitted in units of their own mean, so that γ, a money scale, starts near its answer and stays
 * inside the optimiser's bounds in any currency (yen amounts put γ near 10⁵); the model is scale-equivariant:
 * γ is multiplied back, and the log-likelihood shifts by −n ln(scale). The log-gamma terms depend on x alone
 * and are computed once per distinct x at each step.
 */
public final class GammaGammaModel {
  /** Three parameters from fewer repeat customers than this would be a guess. */
  public static final int MIN_REPEAT_CUSTOMERS = 10;

  private final int[] distinctRepeats;
  private final int[] repeatGroup;
  private final double[] repeats;
  private final double[] logMean;
  private final double[] mean;

  /** The model on these repeat customers, values divided by {@code scale}. */
  GammaGammaModel(List<SpendHistory> repeaters, double scale) {
    distinctRepeats = repeaters.stream().mapToInt(SpendHistory::repeats).distinct().sorted().toArray();
    int n = repeaters.size();
    repeatGroup = new int[n];
    repeats = new double[n];
    logMean = new double[n];
    mean = new double[n];
    for (int i = 0; i < n; i++) {
      SpendHistory h = repeaters.get(i);
      repeatGroup[i] = Arrays.binarySearch(distinctRepeats, h.repeats());
      repeats[i] = h.repeats();
      mean[i] = h.meanValue() / scale;
      logMean[i] = Math.log(mean[i]);
    }
  }

  /** Fits to the repeat customers among {@code sample} (the others are left out, as the model asks). */
  public static ModelFit<GammaGammaParameters> fit(List<SpendHistory> sample) {
    List<SpendHistory> repeaters = sample.stream().filter(h -> h.repeats() > 0).toList();
    if (repeaters.size() < MIN_REPEAT_CUSTOMERS) {
      return ModelFit.notFitted(FitOutcome.TOO_FEW_REPEAT_CUSTOMERS, repeaters.size());
    }
    double scale = repeaters.stream().mapToDouble(SpendHistory::meanValue).average().orElseThrow();
    GammaGammaModel model = new GammaGammaModel(repeaters, scale);
    int n = repeaters.size();
    return LogScaleMaximizer.maximize(3, model::logLikelihood)
        .filter(m -> m.parameters()[1] > 1)
        .map(m -> ModelFit.fitted(new GammaGammaParameters(m.parameters()[0], m.parameters()[1], m.parameters()[2] * scale),
            m.logLikelihood() - n * Math.log(scale), n))
        .orElseGet(() -> ModelFit.notFitted(FitOutcome.NOT_IDENTIFIED, repeaters.size()));
  }

  /** The log-likelihood of the scaled values at {p, q, γ / scale}: with scale 1, the sum of {@link GammaGammaParameters#logLikelihood}. */
  double logLikelihood(double[] params) {
    double p = params[0];
    double q = params[1];
    double gamma = params[2];
    if (!(p > 0 && q > 0 && gamma > 0) || Double.isInfinite(p + q + gamma)) throw new IllegalArgumentException("out of range");
    double[] byRepeats = new double[distinctRepeats.length];
    for (int g = 0; g < distinctRepeats.length; g++) {
      int x = distinctRepeats[g];
      byRepeats[g] = Gamma.logGamma(p * x + q) - Gamma.logGamma(p * x) + p * x * Math.log(x);
    }
    double total = mean.length * (q * Math.log(gamma) - Gamma.logGamma(q));
    for (int i = 0; i < mean.length; i++) {
      double px = p * repeats[i];
      total += byRepeats[repeatGroup[i]] + (px - 1) * logMean[i] - (px + q) * Math.log(gamma + mean[i] * repeats[i]);
    }
    return total;
  }
}
