package kyokan.core.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The correctness test of issue 13: the fits on the CDNOW sample (2,357 customers, weeks, 39-week
 * calibration) reproduce the published estimates within 1 % per parameter.
 */
class CdnowFitTest {
  private static CdnowSample sample;

  @BeforeAll
  static void load() {
    sample = CdnowSample.load();
  }

  @Test
  void bgNbdReproducesThePublishedFit() {
    ModelFit<BgNbdParameters> fit = BgNbdModel.fit(sample.histories());

    assertEquals(FitOutcome.FITTED, fit.outcome());
    assertEquals(2357, fit.customers());
    BgNbdParameters p = fit.parameters();
    System.out.printf("CDNOW BG/NBD: r=%.6f alpha=%.6f a=%.6f b=%.6f LL=%.4f%n", p.r(), p.alpha(), p.a(), p.b(),
        fit.logLikelihood());
    assertWithinOnePercent(0.243, p.r(), "r");
    assertWithinOnePercent(4.414, p.alpha(), "alpha");
    assertWithinOnePercent(0.793, p.a(), "a");
    assertWithinOnePercent(2.426, p.b(), "b");
    assertEquals(-9582.4, fit.logLikelihood(), 0.05);
  }

  @Test
  void gammaGammaReproducesThePublishedFitOnTheRepeatCustomers() {
    ModelFit<GammaGammaParameters> fit = GammaGammaModel.fit(sample.spending());

    assertEquals(FitOutcome.FITTED, fit.outcome());
    assertEquals(946, fit.customers());
    GammaGammaParameters p = fit.parameters();
    System.out.printf("CDNOW Gamma-Gamma: p=%.6f q=%.6f gamma=%.6f LL=%.4f%n", p.p(), p.q(), p.gamma(), fit.logLikelihood());
    assertWithinOnePercent(6.25, p.p(), "p");
    assertWithinOnePercent(3.74, p.q(), "q");
    assertWithinOnePercent(15.45, p.gamma(), "gamma");
  }

  private static void assertWithinOnePercent(double published, double fitted, String name) {
    assertTrue(Math.abs(fitted - published) <= 0.01 * published, name + ": fitted " + fitted + ", published " + published);
  }
}
