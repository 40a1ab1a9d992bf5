package kyokan.core.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The Gamma-Gamma conditional expectation, by hand and against lifetimes' published CDNOW figures. */
class GammaGammaParametersTest {

  @Test
  void expectedOrderValueByHand() {
    // p = 2, q = 3, γ = 10, x = 4, m = 20: p (γ + x m) / (p x + q − 1) = 2 · 90 / 10 = 18.
    GammaGammaParameters p = new GammaGammaParameters(2, 3, 10);

    assertEquals(18.0, p.expectedOrderValue(new SpendHistory(4, 20)), 1e-12);
    assertEquals(10.0, p.populationMeanValue(), 1e-12);
    assertEquals(10.0, p.expectedOrderValue(new SpendHistory(0, 0)), 1e-12, "no repeats: the population's mean");
  }

  @Test
  void expectedOrderValuesMatchLifetimesPublishedFigures() {
    // lifetimes' Quickstart: conditional_expected_average_profit for CDNOW customers 1, 2, 3 and 6, with the fit on its 946 repeaters.
    GammaGammaParameters fitted = GammaGammaModel.fit(CdnowSample.load().spending()).parameters();

    assertEquals(24.658619, fitted.expectedOrderValue(new SpendHistory(2, 22.35)), 1e-3);
    assertEquals(18.911489, fitted.expectedOrderValue(new SpendHistory(1, 11.77)), 1e-3);
    assertEquals(35.170981, fitted.expectedOrderValue(new SpendHistory(0, 0)), 1e-3);
    assertEquals(71.462843, fitted.expectedOrderValue(new SpendHistory(7, 73.74)), 1e-3);
  }

  @Test
  void withoutAFiniteMeanNoValueIsExpected() {
    GammaGammaParameters heavyTailed = new GammaGammaParameters(2, 0.9, 10);

    assertFalse(heavyTailed.hasFiniteMean());
    assertThrows(IllegalStateException.class, () -> heavyTailed.expectedOrderValue(new SpendHistory(1, 5)));
  }
}
