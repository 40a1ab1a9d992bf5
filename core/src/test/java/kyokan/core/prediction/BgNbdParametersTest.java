package kyokan.core.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** P(alive) and the conditional expectation against hand computation and lifetimes' published CDNOW figures. */
class BgNbdParametersTest {
  /** lifetimes' Quickstart: BG/NBD fitted on the CDNOW summary, to six figures. */
  private static final BgNbdParameters CDNOW = new BgNbdParameters(0.242593, 4.413532, 0.792886, 2.425752);

  @Test
  void aCustomerWithoutRepeatsIsAliveForSure() {
    assertEquals(1.0, CDNOW.probabilityAlive(new RepeatHistory(0, 0, 30)));
  }

  @Test
  void probabilityAliveByHand() {
    // r = α = a = 1, b = 2, x = 1, t_x = 1, T = 3: odds of having dropped out = a/(b+x−1) · ((α+T)/(α+t_x))^(r+x) = ½ · 2² = 2.
    BgNbdParameters p = new BgNbdParameters(1, 1, 1, 2);

    assertEquals(1.0 / 3, p.probabilityAlive(new RepeatHistory(1, 1, 3)), 1e-15);
    assertEquals(1.0 / (1 + 0.5), p.probabilityAlive(new RepeatHistory(1, 3, 3)), 1e-15);
  }

  @Test
  void expectedPurchasesInTheNextWeekMatchLifetimesPublishedFigures() {
    // lifetimes' Quickstart, conditional_expected_number_of_purchases_up_to_time(1, …) for its top five customers.
    assertEquals(0.424877, CDNOW.expectedPurchases(new RepeatHistory(18, 35.14, 35.86), 1), 2e-6);
    assertEquals(0.474738, CDNOW.expectedPurchases(new RepeatHistory(19, 34.00, 34.14), 1), 2e-6);
    assertEquals(0.486526, CDNOW.expectedPurchases(new RepeatHistory(17, 28.43, 28.86), 1), 2e-6);
    assertEquals(0.662396, CDNOW.expectedPurchases(new RepeatHistory(29, 37.71, 38.00), 1), 2e-6);
    assertEquals(0.710623, CDNOW.expectedPurchases(new RepeatHistory(26, 30.86, 31.00), 1), 2e-6);
  }

  @Test
  void expectedPurchasesInAYearMatchAHighPrecisionReference() {
    // Equation (10) evaluated with mpmath at 50 digits (its hyp2f1, no transformation), CDNOW parameters as above.
    assertEquals(11.660891770011992, CDNOW.expectedPurchases(new RepeatHistory(12, 30, 31), 52), 1e-9);
    // A daily buyer of two years: x = 700 would overflow the untransformed series' terms in double precision.
    assertEquals(163.97296171045113, CDNOW.expectedPurchases(new RepeatHistory(700, 103, 104), 52), 1e-8);
  }

  @Test
  void expectedPurchasesGrowWithTheHorizon() {
    RepeatHistory regular = new RepeatHistory(12, 30, 31);
    double week = CDNOW.expectedPurchases(regular, 1);
    double year = CDNOW.expectedPurchases(regular, 52);

    assertEquals(0.0, CDNOW.expectedPurchases(regular, 0));
    assertTrue(year > week && week > 0, week + " then " + year);
  }

  @Test
  void logLikelihoodOfOneCustomerByHand() {
    // r = α = a = b = 1, x = 0, T = 1: Γ terms cancel; LL = r ln α − r ln(α + T) = −ln 2.
    assertEquals(-Math.log(2), new BgNbdParameters(1, 1, 1, 1).logLikelihood(new RepeatHistory(0, 0, 1)), 1e-15);
  }

  @Test
  void refusesImpossibleInput() {
    assertThrows(IllegalArgumentException.class, () -> new BgNbdParameters(0, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new RepeatHistory(1, 5, 4));
    assertThrows(IllegalArgumentException.class, () -> new RepeatHistory(0, 1, 4));
    assertThrows(IllegalArgumentException.class, () -> CDNOW.expectedPurchases(new RepeatHistory(0, 0, 1), -1));
  }
}
