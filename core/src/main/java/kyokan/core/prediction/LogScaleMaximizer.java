package kyokan.core.prediction;

import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximises a log-likelihood over positive parameters with Hipparchus's Nelder–Mead simplex, searching
 * their logarithms (so every step stays positive, as lifetimes does). Nelder–Mead can stall on a flat
 * ridge, so it is restarted from its own answer, with a fresh simplex, until a restart gains nothing. An
 * estimate that runs beyond e^±{@link #LOG_BOUND} is the likelihood climbing towards a boundary, not a
 * maximum, and is refused.
 */
final class LogScaleMaximizer {
  static final double LOG_BOUND = 12;
  private static final int EVALUATIONS_PER_RUN = 20_000;
  private static final int MAX_RUNS = 30;
  private static final double GAIN = 1e-9;

  /** An estimate: the parameters (not their logs) and the log-likelihood there. */
  record Maximum(double[] parameters, double logLikelihood) {}

  private LogScaleMaximizer() {}

  /** The maximum from all parameters = 1; empty when there is none inside the bounds or the search failed. */
  static Optional<Maximum> maximize(int dimension, ToDoubleFunction<double[]> logLikelihood) {
    ObjectiveFunction objective = new ObjectiveFunction(logs -> {
      double[] p = new double[logs.length];
      for (int i = 0; i < logs.length; i++) p[i] = Math.exp(logs[i]);
      double value;
      try {
        value = logLikelihood.applyAsDouble(p);
      } catch (IllegalArgumentException overflowed) {
        value = Double.NaN;
      }
      // A point where the likelihood is not a number (a parameter overflowed to 0 or ∞) counts as the worst
      // there is, so the simplex turns back.
      return Double.isFinite(value) ? value : -Double.MAX_VALUE;
    });
    SimplexOptimizer optimizer = new SimplexOptimizer(1e-13, 1e-12);
    double[] logs = new double[dimension];
    double best = Double.NEGATIVE_INFINITY;
    try {
      for (int run = 0; run < MAX_RUNS; run++) {
        PointValuePair found = optimizer.optimize(new MaxEval(EVALUATIONS_PER_RUN), objective, GoalType.MAXIMIZE,
            new InitialGuess(logs), new NelderMeadSimplex(dimension));
        boolean gained = found.getValue() > best + GAIN * Math.max(1, Math.abs(best));
        if (found.getValue() > best) {
          best = found.getValue();
          logs = found.getPoint();
        }
        if (!gained) return inside(logs, best);
      }
    } catch (MathIllegalStateException tooManyEvaluations) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<Maximum> inside(double[] logs, double value) {
    if (value == -Double.MAX_VALUE) return Optional.empty();
    double[] p = new double[logs.length];
    for (int i = 0; i < logs.length; i++) {
      if (Math.abs(logs[i]) > LOG_BOUND) return Optional.empty();
      p[i] = Math.exp(logs[i]);
    }
    return Optional.of(new Maximum(p, value));
  }
}
