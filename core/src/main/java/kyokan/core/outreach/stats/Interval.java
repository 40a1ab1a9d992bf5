package kyokan.core.outreach.stats;

/** A two-sided 95 % confidence interval. */
public record Interval(double lower, double upper) {
  public Interval {
    if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
      throw new IllegalArgumentException("an interval needs lower ≤ upper, got " + lower + " .. " + upper);
    }
  }

  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
