package kyokan.core.outreach.stats;

/** {@code successes} of {@code n} customers, e.g. the responders of one arm. */
public record Proportion(int successes, int n) {
  public Proportion {
    if (n < 0 || successes < 0 || successes > n) {
      throw new IllegalArgumentException("a proportion needs 0 ≤ successes ≤ n, got " + successes + " of " + n);
    }
  }

  /** successes ÷ n; 0 for an empty arm, so a page never shows NaN. */
  public double rate() {
    return n == 0 ? 0 : (double) successes / n;
  }
}
