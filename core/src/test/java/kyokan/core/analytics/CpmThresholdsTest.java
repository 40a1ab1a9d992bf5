package kyokan.core.analytics;

import static kyokan.core.analytics.CpmCell.FIRST_TIMER;
import static kyokan.core.analytics.CpmCell.FIRST_TIMER_LAPSED;
import static kyokan.core.analytics.CpmCell.LOYAL;
import static kyokan.core.analytics.CpmCell.LOYAL_LAPSED;
import static kyokan.core.analytics.CpmCell.STEADY;
import static kyokan.core.analytics.CpmCell.TODDLER;
import static kyokan.core.analytics.CpmCell.TREND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The CPM rule at METHOD.md's defaults (lapse 240, tenure 90 / 210, ¥70,000): cellOf(count, tenure, recency, amount). */
class CpmThresholdsTest {
  private static final CpmThresholds T = CpmThresholds.DEFAULTS;

  @Test
  void oneYenPurchaseOrAFortuneOnePurchaseIsAFirstTimer() {
    assertEquals(FIRST_TIMER, T.cellOf(1, 0, 0, 1_000_000));
    assertEquals(FIRST_TIMER_LAPSED, T.cellOf(1, 0, 240, 1));
  }

  @Test
  void tenureExactlyNinetyIsNoLongerAToddler() {
    assertEquals(TODDLER, T.cellOf(2, 89, 0, 100_000));
    assertEquals(STEADY, T.cellOf(2, 90, 0, 69_999));
    assertEquals(TREND, T.cellOf(2, 90, 0, 70_000));
  }

  @Test
  void tenureExactlyTwoHundredTenIsLoyalWhenBig() {
    assertEquals(TREND, T.cellOf(3, 209, 0, 70_000));
    assertEquals(LOYAL, T.cellOf(3, 210, 0, 70_000));
  }

  @Test
  void aLongStandingSmallCustomerIsSteady() {
    assertEquals(STEADY, T.cellOf(12, 210, 0, 69_999));
    assertEquals(STEADY, T.cellOf(12, 2_000, 0, 0));
  }

  @Test
  void recencyExactlyAtTheCutOffIsLapsed() {
    assertEquals(LOYAL, T.cellOf(3, 300, 239, 80_000));
    assertEquals(LOYAL_LAPSED, T.cellOf(3, 300, 240, 80_000));
  }

  @Test
  void theOrderCountAxisMeasuresBigByPurchases() {
    CpmThresholds byCount = CpmThresholds.byOrderCount(240, 90, 210, 5);

    assertEquals(STEADY, byCount.cellOf(4, 300, 0, 1_000_000));
    assertEquals(LOYAL, byCount.cellOf(5, 300, 0, 0));
    assertEquals(TREND, byCount.cellOf(5, 100, 0, 0));
  }

  @Test
  void refusesThresholdsThatCannotBeRead() {
    assertThrows(IllegalArgumentException.class, () -> CpmThresholds.byAmount(0, 90, 210, 70_000));
    assertThrows(IllegalArgumentException.class, () -> CpmThresholds.byAmount(240, 211, 210, 70_000));
    assertThrows(IllegalArgumentException.class, () -> CpmThresholds.byAmount(240, -1, 210, 70_000));
    assertThrows(IllegalArgumentException.class, () -> CpmThresholds.byOrderCount(240, 90, 210, 0));
    assertThrows(IllegalArgumentException.class, () -> T.cellOf(0, 0, 0, 0));
  }

  @Test
  void theUnusedLimitIsIgnoredSoEqualRulesAreEqual() {
    assertEquals(T, new CpmThresholds(240, 90, 210, 70_000, CpmAxis.AMOUNT, 9));
    assertEquals(CpmThresholds.byOrderCount(240, 90, 210, 5), new CpmThresholds(240, 90, 210, 70_000, CpmAxis.ORDER_COUNT, 5));
  }
}
