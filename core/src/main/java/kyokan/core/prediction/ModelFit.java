package kyokan.core.prediction;

import java.util.Optional;

/**
 * The result of fitting a model: its outcome and, only when {@link FitOutcome#FITTED}, the estimated
 * parameters and the maximised log-likelihood.
 *
 * @param parameters null unless fitted
 * @param logLikelihood the log-likelihood at the estimate; NaN unless fitted
 * @param customers how many customers the fit saw
 */
public record ModelFit<P>(FitOutcome outcome, P parameters, double logLikelihood, int customers) {
  public ModelFit {
    if (outcome == null) throw new IllegalArgumentException("outcome is required");
    if ((outcome == FitOutcome.FITTED) != (parameters != null)) {
      throw new IllegalArgumentException("parameters go with a fitted outcome only: " + outcome);
    }
  }

  static <P> ModelFit<P> fitted(P parameters, double logLikelihood, int customers) {
    return new ModelFit<>(FitOutcome.FITTED, parameters, logLikelihood, customers);
  }

  static <P> ModelFit<P> notFitted(FitOutcome why, int customers) {
    return new ModelFit<>(why, null, Double.NaN, customers);
  }

  public boolean isFitted() {
    return outcome == FitOutcome.FITTED;
  }

  /** The parameters when fitted, else empty. */
  public Optional<P> estimate() {
    return Optional.ofNullable(parameters);
  }
}
