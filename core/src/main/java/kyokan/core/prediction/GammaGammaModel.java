package kyokan.core.prediction;

import java.util.List;

/**
 * Fits the Gamma-Gamma spend model by maximum likelihood on the customers with at least one repeat
 * purchase (only they have a mean repeat value), with {@link LogScaleMaximizer} from p = q = γ = 1.
 */
public final class GammaGammaModel {
  /** Three parameters from fewer repeat customers than this would be a guess. */
  public static final int MIN_REPEAT_CUSTOMERS = 10;

  private GammaGammaModel() {}

  /** Fits to the repeat customers among {@code sample} (the others are left out, as the model asks). */
  public static ModelFit<GammaGammaParameters> fit(List<SpendHistory> sample) {
    List<SpendHistory> repeaters = sample.stream().filter(h -> h.repeats() > 0).toList();
    if (repeaters.size() < MIN_REPEAT_CUSTOMERS) {
      return ModelFit.notFitted(FitOutcome.TOO_FEW_REPEAT_CUSTOMERS, repeaters.size());
    }
    return LogScaleMaximizer.maximize(3, p -> logLikelihood(repeaters, new GammaGammaParameters(p[0], p[1], p[2])))
        .filter(m -> m.parameters()[1] > 1)
        .map(m -> ModelFit.fitted(new GammaGammaParameters(m.parameters()[0], m.parameters()[1], m.parameters()[2]),
            m.logLikelihood(), repeaters.size()))
        .orElseGet(() -> ModelFit.notFitted(FitOutcome.NOT_IDENTIFIED, repeaters.size()));
  }

  private static double logLikelihood(List<SpendHistory> repeaters, GammaGammaParameters params) {
    double total = 0;
    for (SpendHistory h : repeaters) total += params.logLikelihood(h);
    return total;
  }
}
