package kyokan.core.outreach.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetPromoterScoreTest {

  @Test
  void scoreAndIntervalMatchAHandComputedExample() {
    // 50 promoters, 30 passives, 20 detractors: NPS = 0.30; Var = (0.5 + 0.2 − 0.09) / 100 = 0.0061;
    // half width = 1.959964 × 0.078102 = 0.153077, so 14.69 … 45.31 points.
    NetPromoterScore nps = new NetPromoterScore(50, 30, 20);
    assertEquals(30.0, nps.score(), 1e-9);
    assertEquals(14.692, nps.interval().lower(), 0.001);
    assertEquals(45.308, nps.interval().upper(), 0.001);
  }

  @Test
  void countsScoresIntoTheThreeGroups() {
    NetPromoterScore nps = NetPromoterScore.of(List.of(10, 9, 8, 7, 6, 0, 9));
    assertEquals(3, nps.promoters());
    assertEquals(2, nps.passives());
    assertEquals(2, nps.detractors());
    assertEquals(100.0 * 1 / 7, nps.score(), 1e-9);
  }

  @Test
  void intervalIsClippedToTheScale() {
    NetPromoterScore allPromoters = new NetPromoterScore(5, 0, 0);
    assertEquals(100.0, allPromoters.score(), 1e-9);
    assertEquals(100.0, allPromoters.interval().upper(), 1e-9);
    assertEquals(100.0, allPromoters.interval().lower(), 1e-9);
    NetPromoterScore oneDetractor = new NetPromoterScore(0, 1, 1);
    assertEquals(-100.0, oneDetractor.interval().lower(), 1e-9);
  }

  @Test
  void noAnswersKnowNothing() {
    NetPromoterScore none = new NetPromoterScore(0, 0, 0);
    assertEquals(0.0, none.score());
    assertEquals(-100.0, none.interval().lower());
    assertEquals(100.0, none.interval().upper());
  }

  @Test
  void refusesAScoreOffTheScale() {
    assertThrows(IllegalArgumentException.class, () -> NetPromoterScore.of(List.of(11)));
  }
}
