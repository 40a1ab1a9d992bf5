package kyokan.core.outreach.stats;

import org.apache.commons.statistics.inference.FisherExactTest;

/** Fisher's exact test on a 2 × 2 table, two-sided, from Commons Statistics. */
public final class FisherExact {
  private static final FisherExactTest TEST = FisherExactTest.withDefaults();

  private FisherExact() {}

  /**
   * The two-sided p-value of the table [[a, b], [c, d]] (rows: contacted, held out; columns: responded, did
   * not). A table with an empty row or column carries no evidence either way: 1.
   */
  public static double twoSidedP(int a, int b, int c, int d) {
    if (a < 0 || b < 0 || c < 0 || d < 0) {
      throw new IllegalArgumentException("a 2 × 2 table needs counts ≥ 0, got " + a + ", " + b + ", " + c + ", " + d);
    }
    if (a + b == 0 || c + d == 0 || a + c == 0 || b + d == 0) return 1;
    return TEST.test(new int[][] {{a, b}, {c, d}}).getPValue();
  }

  /** The test on two arms' responders and non-responders. */
  public static double twoSidedP(Proportion contacted, Proportion heldOut) {
    return twoSidedP(contacted.successes(), contacted.n() - contacted.successes(), heldOut.successes(),
        heldOut.n() - heldOut.successes());
  }
}
