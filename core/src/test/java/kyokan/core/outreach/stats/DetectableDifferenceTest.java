package kyokan.core.outreach.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DetectableDifferenceTest {
  private static final double Z975 = 1.959963984540054;
  private static final double Z80 = 0.8416212335729143;

  @Test
  void equalArmsByHand() {
    // 100 and 100 at p = 0.10: (1.959964 + 0.841621)·√(0.1·0.9·(1/100 + 1/100)) = 2.801585·0.0424264 = 0.118861.
    assertEquals(0.118861, DetectableDifference.smallest(100, 100, 0.10), 5e-7);
  }

  @Test
  void equalArmsMatchMethodsPerArmFormula() {
    // METHOD.md: n per arm = (z₀.₉₇₅ + z₀.₈)² · 2p(1−p) / d²  ⇒  d = (z₀.₉₇₅ + z₀.₈)·√(2p(1−p)/n).
    double p = 0.07;
    int n = 240;
    double d = DetectableDifference.smallest(n, n, p);
    assertEquals(n, Math.pow(Z975 + Z80, 2) * 2 * p * (1 - p) / (d * d), 1e-6);
  }

  @Test
  void unequalArmsByHand() {
    // 170 contacted, 30 held out at p = 0.2: 2.801585·√(0.16·(0.0058824 + 0.0333333)) = 2.801585·√0.0062745
    //   = 2.801585·0.0792118 = 0.221919.
    assertEquals(0.221919, DetectableDifference.smallest(170, 30, 0.2), 5e-6);
  }

  @Test
  void campaignsToDetectByHand() {
    // One campaign of 100 + 100 at 10 % detects 0.118861; k pooled detect 0.118861/√k.
    // 5 points: (0.118861/0.05)² = 5.65 ⇒ 6 campaigns.
    assertEquals(6, DetectableDifference.campaignsToDetect(100, 100, 0.10, 0.05));
    assertEquals(1, DetectableDifference.campaignsToDetect(100, 100, 0.10, 0.2));
    int k = DetectableDifference.campaignsToDetect(40, 8, 0.05, 0.05);
    assertTrue(DetectableDifference.smallest(40 * k, 8 * k, 0.05) <= 0.05);
    assertTrue(DetectableDifference.smallest(40 * (k - 1), 8 * (k - 1), 0.05) > 0.05);
  }

  @Test
  void edges() {
    assertEquals(1, DetectableDifference.smallest(0, 50, 0.1));
    assertEquals(1, DetectableDifference.smallest(5, 1, 0.5));
    assertEquals(0, DetectableDifference.campaignsToDetect(50, 0, 0.1, 0.05));
    // A rate of 0 is planned as one responder among the 200: p = 0.005.
    assertEquals(DetectableDifference.smallest(100, 100, 0.005), DetectableDifference.smallest(100, 100, 0), 1e-15);
    assertEquals(DetectableDifference.smallest(100, 100, 0.995), DetectableDifference.smallest(100, 100, 1), 1e-15);
    assertThrows(IllegalArgumentException.class, () -> DetectableDifference.campaignsToDetect(10, 10, 0.1, 0));
    assertThrows(IllegalArgumentException.class, () -> DetectableDifference.smallest(10, 10, 1.5));
  }
}
