package kyokan.core.outreach.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MantelHaenszelTest {
  private static final Stratum FIRST = new Stratum(new Proportion(10, 40), new Proportion(2, 10));
  private static final Stratum SECOND = new Stratum(new Proportion(6, 20), new Proportion(1, 20));

  @Test
  void twoStrataByHand() {
    // Stratum 1: a=10 of n1=40, b=2 of n2=10, N=50. Stratum 2: a=6 of n1=20, b=1 of n2=20, N=40.
    // Weights w = n1·n2/N: 400/50 = 8 and 400/40 = 10; W = 18.
    // Σ (a·n2 − b·n1)/N = (100 − 80)/50 + (120 − 20)/40 = 0.4 + 2.5 = 2.9, so d = 2.9/18 = 0.16111.
    //   (the same as the weighted mean of 0.25 − 0.20 = 0.05 and 0.30 − 0.05 = 0.25 with weights 8 and 10).
    // Sato's P = (n1²·b − n2²·a + n1·n2·(n2 − n1)/2)/N²:
    //   (1600·2 − 100·10 + 400·(−30)/2)/2500 = −3800/2500 = −1.52;  (400·1 − 400·6 + 0)/1600 = −1.25;  ΣP = −2.77.
    // Sato's Q = (a·(n2 − b) + b·(n1 − a))/(2N):
    //   (10·8 + 2·30)/100 = 1.4;  (6·19 + 1·14)/80 = 1.6;  ΣQ = 3.0.
    // Var = (d·ΣP + ΣQ)/W² = (0.16111·(−2.77) + 3.0)/324 = 2.55372/324 = 0.0078819; SE = 0.088780.
    // 95 %: 0.16111 ± 1.959964·0.088780 = −0.01289 to 0.33512.
    double d = 2.9 / 18;
    double se = Math.sqrt((d * -2.77 + 3.0) / 324);
    RateDifference r = MantelHaenszel.pooled(List.of(FIRST, SECOND));
    assertEquals(d, r.difference(), 1e-12);
    assertEquals(d - 1.959963984540054 * se, r.interval().lower(), 1e-9);
    assertEquals(d + 1.959963984540054 * se, r.interval().upper(), 1e-9);
    assertEquals(-0.01289, r.interval().lower(), 5e-6);
    assertEquals(0.33512, r.interval().upper(), 5e-6);
    assertEquals(16.0 / 60, r.p1(), 1e-12);
    assertEquals(3.0 / 30, r.p2(), 1e-12);
  }

  @Test
  void strataWithAnEmptyArmAreSkipped() {
    Stratum noHoldout = new Stratum(new Proportion(9, 30), new Proportion(0, 0));
    assertEquals(MantelHaenszel.pooled(List.of(FIRST, SECOND)), MantelHaenszel.pooled(List.of(FIRST, noHoldout, SECOND)));
  }

  @Test
  void oneStratumGivesItsOwnDifference() {
    assertEquals(0.05, MantelHaenszel.pooled(List.of(FIRST)).difference(), 1e-12);
  }

  @Test
  void nothingToPoolSaysNothing() {
    RateDifference r = MantelHaenszel.pooled(List.of(new Stratum(new Proportion(3, 10), new Proportion(0, 0))));
    assertEquals(new Interval(-1, 1), r.interval());
    assertEquals(Verdict.NO_EVIDENCE, Verdict.of(MantelHaenszel.pooled(List.of()).interval()));
  }

  @Test
  void poolingManyEqualCampaignsNarrowsTheInterval() {
    Stratum one = new Stratum(new Proportion(12, 100), new Proportion(6, 100));
    double single = width(MantelHaenszel.pooled(List.of(one)));
    double four = width(MantelHaenszel.pooled(List.of(one, one, one, one)));
    assertEquals(0.5, four / single, 0.01);
  }

  private static double width(RateDifference r) {
    return r.interval().upper() - r.interval().lower();
  }
}
