package kyokan.core.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kyokan.core.analytics.CpmCell;
import org.junit.jupiter.api.Test;

class HoldoutDrawTest {
  /** 23 first-timers, 11 lapsed first-timers, 6 loyal: 40 customers in three cells. */
  private static List<HoldoutDraw.Candidate> candidates() {
    List<HoldoutDraw.Candidate> list = new ArrayList<>();
    for (long id = 1; id <= 40; id++) {
      CpmCell cell = id <= 23 ? CpmCell.FIRST_TIMER : id <= 34 ? CpmCell.FIRST_TIMER_LAPSED : CpmCell.LOYAL;
      list.add(new HoldoutDraw.Candidate(id * 7, cell));
    }
    return list;
  }

  @Test
  void theSameSeedGivesTheSameDrawWhateverTheInputOrder() {
    List<HoldoutDraw.Candidate> shuffled = new ArrayList<>(candidates());
    java.util.Collections.reverse(shuffled);
    assertEquals(HoldoutDraw.heldOut(candidates(), 15, 42L), HoldoutDraw.heldOut(shuffled, 15, 42L));
    assertNotEquals(HoldoutDraw.heldOut(candidates(), 15, 42L), HoldoutDraw.heldOut(candidates(), 15, 43L));
  }

  @Test
  void eachCellGivesItsShareWithinOneAndTheTotalIsFloorOrCeiling() {
    for (long seed = 0; seed < 200; seed++) {
      Set<Long> held = HoldoutDraw.heldOut(candidates(), 15, seed);
      assertEquals(6, held.size(), "40 × 15 % = 6 exactly: no remainder to round either way");
      assertWithinOne(held, CpmCell.FIRST_TIMER, 23 * 0.15);
      assertWithinOne(held, CpmCell.FIRST_TIMER_LAPSED, 11 * 0.15);
      assertWithinOne(held, CpmCell.LOYAL, 6 * 0.15);
    }
  }

  private static void assertWithinOne(Set<Long> held, CpmCell cell, double share) {
    long n = candidates().stream().filter(c -> c.cell() == cell && held.contains(c.customerId())).count();
    assertTrue(n >= Math.floor(share) && n <= Math.ceil(share), cell + ": " + n + " held out, share " + share);
  }

  @Test
  void zeroPercentHoldsNobodyOutAndFiftyHoldsOutHalf() {
    assertEquals(0, HoldoutDraw.heldOut(candidates(), 0, 1L).size());
    assertEquals(20, HoldoutDraw.heldOut(candidates(), 50, 1L).size());
    assertThrows(IllegalArgumentException.class, () -> HoldoutDraw.heldOut(candidates(), 51, 1L));
  }

  /**
   * Over 4,000 seeds every customer should be held out about 15 % of the time: chi-square over the 40
   * customers' counts (39 degrees of freedom; 72.05 is the 0.1 % critical value). A draw favouring the first of
   * a cell, or one cell, fails this.
   */
  @Test
  void everyCustomerIsEquallyLikelyToBeHeldOut() {
    int draws = 4000;
    List<HoldoutDraw.Candidate> list = candidates();
    java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
    for (long seed = 0; seed < draws; seed++) {
      for (long id : HoldoutDraw.heldOut(list, 15, seed * 7919L)) counts.merge(id, 1, Integer::sum);
    }
    double expected = draws * 0.15;
    double chi2 = 0;
    for (HoldoutDraw.Candidate c : list) {
      double d = counts.getOrDefault(c.customerId(), 0) - expected;
      chi2 += d * d / expected;
    }
    assertTrue(chi2 < 72.05, "chi-square " + chi2);
  }
}
