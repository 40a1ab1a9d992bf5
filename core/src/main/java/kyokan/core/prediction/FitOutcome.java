package kyokan.core.prediction;

/** Whether a model could be fitted to a client's data, and if not, why: never a made-up figure. */
public enum FitOutcome {
  /** Fitted by maximum likelihood; the parameters are the estimate. */
  FITTED,
  /** Fewer customers than the model needs. */
  TOO_FEW_CUSTOMERS,
  /** Fewer customers with a repeat purchase than the model needs. */
  TOO_FEW_REPEAT_CUSTOMERS,
  /**
   * The likelihood has no maximum inside the parameter space (the estimate runs off towards zero or
   * infinity), or the optimiser did not settle: the data do not pin the model down.
   */
  NOT_IDENTIFIED;

  /** The key of this outcome's explanation in the prediction bundle. */
  public String messageKey() {
    return "prediction.fit." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
