package kyokan.core.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

  @Test
  void gammaGammaInAnotherMoneyUnitScalesOnlyGamma() {
    // The same spending in cents: p and q unchanged, γ × 100, log-likelihood − 946 ln 100 (the density's Jacobian).
    List<SpendHistory> cents = sample.spending().stream().map(h -> new SpendHistory(h.repeats(), h.meanValue() * 100)).toList();
    ModelFit<GammaGammaParameters> dollars = GammaGammaModel.fit(sample.spending());

    ModelFit<GammaGammaParameters> fit = GammaGammaModel.fit(cents);

    assertEquals(dollars.parameters().p(), fit.parameters().p(), 1e-4 * dollars.parameters().p());
    assertEquals(dollars.parameters().q(), fit.parameters().q(), 1e-4 * dollars.parameters().q());
    assertEquals(dollars.parameters().gamma() * 100, fit.parameters().gamma(), 1e-4 * dollars.parameters().gamma() * 100);
    assertEquals(dollars.logLikelihood() - 946 * Math.log(100), fit.logLikelihood(), 1e-3);
  }

  @Test
  void theSampleLikelihoodsAreTheSumsOfTheCustomersLikelihoods() {
    BgNbdParameters bg = new BgNbdParameters(0.3, 5, 0.7, 2.5);
    GammaGammaParameters gg = new GammaGammaParameters(5, 4, 12);
    double bgSum = 0;
    for (RepeatHistory h : sample.histories()) bgSum += bg.logLikelihood(h);
    List<SpendHistory> repeaters = sample.spending().stream().filter(h -> h.repeats() > 0).toList();
    double ggSum = 0;
    for (SpendHistory h : repeaters) ggSum += gg.logLikelihood(h);

    assertEquals(bgSum, new BgNbdModel(sample.histories()).logLikelihood(new double[] {0.3, 5, 0.7, 2.5}), 1e-9 * -bgSum);
    assertEquals(ggSum, new GammaGammaModel(repeaters, 1).logLikelihood(new double[] {5, 4, 12}), 1e-9 * -ggSum);
  }

  private static void assertWithinOnePercent(double published, double fitted, String name) {
    assertTrue(Math.abs(fitted - published) <= 0.01 * published, name + ": fitted " + fitted + ", published " + published);
  }
}
