package kyokan.core.analytics;

import java.util.OptionalDouble;

/**
 * A share kept as its two integers (money in minor units, or head counts), so a page can show both and
 * the figure stays exact. The share is undefined when the whole is zero or negative (no sales, no
 * customers, or returns larger than sales); a page shows "—" then.
 */
public record Ratio(long part, long whole) {

  public boolean isDefined() {
    return whole > 0;
  }

  /** {@code part ÷ whole}, empty when undefined. */
  public OptionalDouble value() {
    return isDefined() ? OptionalDouble.of((double) part / whole) : OptionalDouble.empty();
  }

  /** {@code part ÷ whole}, or NaN when undefined: for arithmetic such as lift. */
  public double valueOrNaN() {
    return isDefined() ? (double) part / whole : Double.NaN;
  }
}
