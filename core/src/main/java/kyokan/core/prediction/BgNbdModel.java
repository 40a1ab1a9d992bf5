package kyokan.core.prediction;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.special.Gamma;

/**
 * Fits BG/NBD to a sample of customers by maximum likelihood ({@link LogScaleMaximizer}: Nelder–Mead on
 * the log-parameters from r = α = a = b = 1, as lifetimes starts). The log-gamma terms depend on a
 * customer only through x, so they are computed once per distinct x at each step, not once per customer.
 */
public final class BgNbdModel {
  /** Four parameters want more customers than a handful; below this the fit is refused, not guessed. */
  public static final int MIN_CUSTOMERS = 20;
  /** Dropout (a, b) is learned only from customers who came back. */
  public static final int MIN_REPEAT_CUSTOMERS = 5;

  private final int customers;
  private final int[] distinctRepeats;
  private final int[] repeatGroup;
  private final double[] lastPurchase;
  private final double[] age;
  private final int repeatCustomers;

  private BgNbdModel(List<RepeatHistory> sample) {
    customers = sample.size();
    distinctRepeats = sample.stream().mapToInt(RepeatHistory::repeats).distinct().sorted().toArray();
    repeatGroup = new int[customers];
    lastPurchase = new double[customers];
    age = new double[customers];
    int repeating = 0;
    for (int i = 0; i < customers; i++) {
      RepeatHistory h = sample.get(i);
      repeatGroup[i] = Arrays.binarySearch(distinctRepeats, h.repeats());
      lastPurchase[i] = h.lastPurchase();
      age[i] = h.age();
      if (h.repeats() > 0) repeating++;
    }
    repeatCustomers = repeating;
  }

  /** Fits the model to these customers' histories (all in one time unit). */
  public static ModelFit<BgNbdParameters> fit(List<RepeatHistory> sample) {
    BgNbdModel model = new BgNbdModel(sample);
    if (model.customers < MIN_CUSTOMERS) return ModelFit.notFitted(FitOutcome.TOO_FEW_CUSTOMERS, model.customers);
    if (model.repeatCustomers < MIN_REPEAT_CUSTOMERS) {
      return ModelFit.notFitted(FitOutcome.TOO_FEW_REPEAT_CUSTOMERS, model.customers);
    }
    return LogScaleMaximizer.maximize(4, model::logLikelihood)
        .map(m -> ModelFit.fitted(new BgNbdParameters(m.parameters()[0], m.parameters()[1], m.parameters()[2],
            m.parameters()[3]), m.logLikelihood(), model.customers))
        .orElseGet(() -> ModelFit.notFitted(FitOutcome.NOT_IDENTIFIED, model.customers));
  }

  /** The sample's log-likelihood at {r, α, a, b}: the sum of {@link BgNbdParameters#logLikelihood} over customers. */
  double logLikelihood(double[] p) {
    BgNbdParameters params = new BgNbdParameters(p[0], p[1], p[2], p[3]);
    double r = p[0];
    double alpha = p[1];
    double a = p[2];
    double b = p[3];
    double shared = -Gamma.logGamma(r) + r * Math.log(alpha) + Gamma.logGamma(a + b) - Gamma.logGamma(b);
    double[] byRepeats = new double[distinctRepeats.length];
    for (int g = 0; g < distinctRepeats.length; g++) {
      int x = distinctRepeats[g];
      byRepeats[g] = Gamma.logGamma(r + x) + Gamma.logGamma(b + x) - Gamma.logGamma(a + b + x);
    }
    double total = customers * shared;
    for (int i = 0; i < customers; i++) {
      int g = repeatGroup[i];
      total += byRepeats[g] + params.logAliveTerms(distinctRepeats[g], lastPurchase[i], age[i]);
    }
    return total;
  }
}
