package kyokan.core.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis from {@code min} to {@code max} with round tick values (steps of 1, 2, 2.5 or 5 times a power
 * of ten), so labels read "0, 50万, 100万" rather than "0, 47万, 94万".
 *
 * @param ticks from {@code min} to {@code max}, both included, exact decimals (0.6, not 0.6000000000000001)
 */
public record NiceScale(double min, double max, double step, List<Double> ticks) {
  private static final String[] STEPS = {"1", "2", "2.5", "5", "10"};
  private static final String[] WHOLE_STEPS = {"1", "2", "5", "10"};

  public NiceScale {
    ticks = List.copyOf(ticks);
  }

  /**
   * The roundest scale covering {@code low..high} with at most {@code maxTicks} ticks (at least two, three
   * across zero).
   * Non-finite bounds count as 0; equal bounds widen to include 0 (or to 0..1 when both are 0).
   *
   * @param whole steps of at least 1, for counts and yen, so no tick reads "0.5人"
   */
  public static NiceScale of(double low, double high, int maxTicks, boolean whole) {
    double lo = Double.isFinite(low) ? low : 0;
    double hi = Double.isFinite(high) ? high : 0;
    if (lo > hi) {
      double swap = lo;
      lo = hi;
      hi = swap;
    }
    if (lo == hi) {
      if (lo == 0) hi = 1;
      else if (lo > 0) lo = 0;
      else hi = 0;
    }
    // A scale across zero keeps 0 as a tick, so it needs two intervals at least.
    int intervals = Math.max(lo < 0 && hi > 0 ? 2 : 1, maxTicks - 1);
    BigDecimal step = niceStep((hi - lo) / intervals, whole);
    // A rounder step can leave more ticks than asked for when the bounds fall awkwardly: widen until they fit.
    while (true) {
      // The tolerance keeps 0.6 / 0.2 = 2.9999999999999996 from adding a tick.
      long first = (long) Math.floor(lo / step.doubleValue() + 1e-9);
      long last = (long) Math.ceil(hi / step.doubleValue() - 1e-9);
      if (last - first <= intervals) return build(first, last, step);
      step = niceStep(step.doubleValue() * 1.01, whole);
    }
  }

  private static NiceScale build(long first, long last, BigDecimal step) {
    List<Double> ticks = new ArrayList<>();
    for (long k = first; k <= last; k++) ticks.add(step.multiply(BigDecimal.valueOf(k)).doubleValue());
    return new NiceScale(ticks.get(0), ticks.get(ticks.size() - 1), step.doubleValue(), ticks);
  }

  /** The smallest round step not below {@code raw}. */
  private static BigDecimal niceStep(double raw, boolean whole) {
    int exponent = (int) Math.floor(Math.log10(raw));
    if (whole && exponent < 0) return BigDecimal.ONE;
    String[] choices = whole && exponent == 0 ? WHOLE_STEPS : STEPS;
    for (String choice : choices) {
      BigDecimal step = new BigDecimal(choice).scaleByPowerOfTen(exponent);
      if (step.doubleValue() >= raw * (1 - 1e-9)) return step;
    }
    return BigDecimal.TEN.scaleByPowerOfTen(exponent);
  }

  /** Where {@code value} sits between {@code min} (0) and {@code max} (1). */
  public double fraction(double value) {
    return (value - min) / (max - min);
  }
}
