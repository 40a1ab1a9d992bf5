package kyokan.core.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.OptionalDouble;
import kyokan.core.analytics.CustomerPurchases;
import kyokan.core.analytics.Ledger;
import org.junit.jupiter.api.Test;

/** A customer's rhythm, hand-computed: the median gap in days between consecutive purchases. */
class RhythmTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  private static OptionalDouble rhythm(PurchaseLines lines, String customer) {
    Ledger ledger = lines.ledger();
    return Rhythm.medianGapDays(CustomerPurchases.of(ledger, AS_OF), PurchaseLines.index(ledger, customer));
  }

  @Test
  void oneOrderOnlyHasNoRhythm() {
    assertEquals(OptionalDouble.empty(), rhythm(PurchaseLines.of().line("2025-01-10", "A", "1", 3_000), "A"));
  }

  @Test
  void twoOrdersOnTheSameDayAreAGapOfZero() {
    PurchaseLines lines = PurchaseLines.of().line("2025-01-10", "A", "1", 3_000).line("2025-01-10", "A", "2", 1_000);

    assertEquals(OptionalDouble.of(0), rhythm(lines, "A"));
  }

  @Test
  void linesWithoutOrderNumberOnOneDayAreOneOrder() {
    PurchaseLines lines = PurchaseLines.of().line("2025-01-10", "A", null, 3_000).line("2025-01-10", "A", null, 1_000);

    assertEquals(OptionalDouble.empty(), rhythm(lines, "A"));
  }

  @Test
  void medianOfAnOddNumberOfGapsIsTheMiddleOne() {
    // Gaps 9, 40, 20 → 20.
    PurchaseLines lines = PurchaseLines.of().line("2025-01-01", "A", "1", 1_000).line("2025-01-10", "A", "2", 1_000)
        .line("2025-02-19", "A", "3", 1_000).line("2025-03-11", "A", "4", 1_000);

    assertEquals(OptionalDouble.of(20), rhythm(lines, "A"));
  }

  @Test
  void medianOfAnEvenNumberOfGapsIsTheMeanOfTheMiddleTwo() {
    // Gaps 0 (same day), 31, 28, 10 → sorted 0, 10, 28, 31 → (10 + 28) / 2.
    PurchaseLines lines = PurchaseLines.of().line("2025-01-01", "A", "1", 1_000).line("2025-01-01", "A", "2", 500)
        .line("2025-02-01", "A", "3", 1_000).line("2025-03-01", "A", "4", 1_000).line("2025-03-11", "A", "5", 1_000);

    assertEquals(OptionalDouble.of(19), rhythm(lines, "A"));
  }

  @Test
  void aRefundedOrderAndOrdersAfterTheDateAreNoPurchases() {
    // The 1 Feb order is fully refunded; the April one is after the as-of date: one gap, 1 Jan → 1 Mar.
    PurchaseLines lines = PurchaseLines.of().line("2025-01-01", "A", "1", 1_000)
        .line("2025-02-01", "A", "2", 800).line("2025-02-03", "A", "2", -800)
        .line("2025-03-01", "A", "3", 1_000).line("2025-04-02", "A", "4", 1_000);

    assertEquals(OptionalDouble.of(59), rhythm(lines, "A"));
  }

  @Test
  void atRiskWhenOverdueByTwiceTheRhythmAndAtLeastThirtyDaysWhileActive() {
    AtRiskRule rule = AtRiskRule.DEFAULT;
    OptionalDouble twenty = OptionalDouble.of(20);

    assertFalse(rule.isAtRisk(twenty, 40, 240), "exactly twice the rhythm is not yet overdue");
    assertTrue(rule.isAtRisk(twenty, 41, 240));
    assertTrue(rule.isAtRisk(twenty, 239, 240));
    assertFalse(rule.isAtRisk(twenty, 240, 240), "at the lapse cut-off the customer is 離脱, not at risk");
    assertFalse(rule.isAtRisk(OptionalDouble.of(5), 29, 240), "fewer than 30 days is never at risk");
    assertTrue(rule.isAtRisk(OptionalDouble.of(5), 30, 240));
    assertTrue(rule.isAtRisk(OptionalDouble.of(0), 30, 240), "a rhythm of 0 (same-day orders only): at risk from 30 days");
    assertFalse(rule.isAtRisk(OptionalDouble.empty(), 200, 240), "one order: no rhythm, never at risk");
  }

  @Test
  void aStricterRuleUsesItsOwnMultipleAndMinimum() {
    AtRiskRule rule = new AtRiskRule(1.5, 10);

    assertTrue(rule.isAtRisk(OptionalDouble.of(10), 16, 240));
    assertFalse(rule.isAtRisk(OptionalDouble.of(10), 15, 240));
    assertFalse(rule.isAtRisk(OptionalDouble.of(4), 9, 240));
  }
}
