package kyokan.core.outreach.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MeanDifferenceTest {

  @Test
  void largeArmsGiveAboutTheNormalIntervalOfTheDifference() {
    Random random = new Random(7);
    long[] a = new long[4_000];
    long[] b = new long[4_000];
    for (int i = 0; i < a.length; i++) a[i] = Math.round(1_000 + 300 * random.nextGaussian());
    for (int i = 0; i < b.length; i++) b[i] = Math.round(900 + 300 * random.nextGaussian());
    MeanDifference d = MeanDifference.bootstrap(a, b, 1);
    double se = Math.sqrt(300.0 * 300 / a.length + 300.0 * 300 / b.length);
    assertEquals(d.mean1() - d.mean2(), d.difference(), 1e-9);
    assertEquals(d.difference() - 1.96 * se, d.interval().lower(), 0.15 * se * 1.96);
    assertEquals(d.difference() + 1.96 * se, d.interval().upper(), 0.15 * se * 1.96);
    assertEquals(Verdict.EFFECT, Verdict.of(d.interval()), "100 apart with a standard error near 7 is an effect");
  }

  @Test
  void theSameSeedGivesTheSameIntervalAndNoDifferenceSpansZero() {
    long[] a = {0, 0, 0, 1200, 0, 800, 0, 0, 0, 2500};
    long[] b = {0, 1500, 0, 0, 0, 0, 900, 0};
    MeanDifference once = MeanDifference.bootstrap(a, b, 42);
    assertEquals(once, MeanDifference.bootstrap(a, b, 42));
    assertTrue(once.interval().contains(0), "ten against eight shoppers with like spending cannot tell them apart");
    assertEquals(Verdict.NO_EVIDENCE, Verdict.of(once.interval()));
  }

  @Test
  void armsWithoutSpendingGiveAZeroInterval() {
    MeanDifference d = MeanDifference.bootstrap(new long[] {0, 0, 0}, new long[] {0, 0}, 3);
    assertEquals(0, d.interval().lower());
    assertEquals(0, d.interval().upper());
    assertThrows(IllegalArgumentException.class, () -> MeanDifference.bootstrap(new long[0], new long[] {1}, 3));
  }
}
