package kyokan.core.prediction;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.special.Gamma;

/**
 * Fits BG/NBD to a sample of customers by maximum likelihood ({@link LogScaleMaximizer}: Nelder–Mead on
 * the log-parameters from r = α = a = b = 1, as lifetimes starts). Customers with the same (x, t_x, T)
 * are one term with a weight (histories counted in whole days repeat a lot), and the log-gamma terms,
 * which depend on x alone, are computed once per distinct x at each step.
 */
public final class BgNbdModel {
  /** Four parameters want more customers than a handful; below this the fit is refused, not guessed. */
  public static final int MIN_CUSTOMERS = 20;
  /** Dropout (a, b) is learned only from customers who came back. */
  public static final int MIN_REPEAT_CUSTOMERS = 5;

  private final int customers;
  private final int repeatCustomers;
  private final int[] distinctRepeats;
  private final int[] repeatGroup;
  private final double[] lastPurchase;
  private final double[] age;
  private final int[] weight;

  BgNbdModel(List<RepeatHistory> sample) {
    customers = sample.size();
    Map<RepeatHistory, Integer> counts = new LinkedHashMap<>();
    for (RepeatHistory h : sample) counts.merge(h, 1, Integer::sum);
    distinctRepeats = sample.stream().mapToInt(RepeatHistory::repeats).distinct().sorted().toArray();
    int n = counts.size();
    repeatGroup = new int[n];
    lastPurchase = new double[n];
    age = new double[n];
    weight = new int[n];
    int i = 0;
    int repeating = 0;
    for (Map.Entry<RepeatHistory, Integer> e : counts.entrySet()) {
      RepeatHistory h = e.getKey();
      repeatGroup[i] = Arrays.binarySearch(distinctRepeats, h.repeats());
      lastPurchase[i] = h.lastPurchase();
      age[i] = h.age();
      weight[i] = e.getValue();
      if (h.repeats() > 0) repeating += e.getValue();
      i++;
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

  /**
   * The sample's log-likelihood at {r, α, a, b}: the sum of {@link BgNbdParameters#logLikelihood} over
   * customers, with everything that depends on x alone taken out of the loop over histories.
   */
  double logLikelihood(double[] p) {
    double r = p[0];
    double alpha = p[1];
    double a = p[2];
    double b = p[3];
    if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || Double.isInfinite(r + alpha + a + b)) throw new IllegalArgumentException("out of range");
    double shared = -Gamma.logGamma(r) + r * Math.log(alpha) + Gamma.logGamma(a + b) - Gamma.logGamma(b);
    double logA = Math.log(a);
    double[] byRepeats = new double[distinctRepeats.length];
    double[] dropout = new double[distinctRepeats.length];
    for (int g = 0; g < distinctRepeats.length; g++) {
      int x = distinctRepeats[g];
      byRepeats[g] = Gamma.logGamma(r + x) + Gamma.logGamma(b + x) - Gamma.logGamma(a + b + x);
      dropout[g] = x == 0 ? Double.NaN : logA - Math.log(b + x - 1);
    }
    double total = customers * shared;
    for (int i = 0; i < weight.length; i++) {
      int g = repeatGroup[i];
      double rx = r + distinctRepeats[g];
      double stillAlive = -rx * Math.log(alpha + age[i]);
      double term = stillAlive;
      if (distinctRepeats[g] > 0) {
        double droppedOut = dropout[g] - rx * Math.log(alpha + lastPurchase[i]);
        double max = Math.max(stillAlive, droppedOut);
        term = max + Math.log1p(Math.exp(Math.min(stillAlive, droppedOut) - max));
      }
      total += weight[i] * (byRepeats[g] + term);
    }
    return total;
  }
}
