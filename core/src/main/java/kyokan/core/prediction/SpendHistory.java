package kyokan.core.prediction;

/**
 * One customer's spending as the Gamma-Gamma model reads it.
 *
 * @param repeats x: purchases after the first
 * @param meanValue m_x: the mean net amount of those repeat purchases (0 when x = 0), in minor units
 */
public record SpendHistory(int repeats, double meanValue) {
  public SpendHistory {
    if (repeats < 0) throw new IllegalArgumentException("repeats must be at least 0: " + repeats);
    if (repeats > 0 ? !(meanValue > 0) || Double.isInfinite(meanValue) : meanValue != 0) {
      throw new IllegalArgumentException("the mean value must be positive with repeats, 0 without: " + meanValue);
    }
  }
}
