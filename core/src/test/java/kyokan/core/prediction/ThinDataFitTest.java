package kyokan.core.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Too little data gives a clear outcome and no parameters, never a made-up figure. */
class ThinDataFitTest {

  @Test
  void bgNbdNeedsTwentyCustomers() {
    List<RepeatHistory> sample = CdnowSample.load().histories().subList(0, BgNbdModel.MIN_CUSTOMERS - 1);

    ModelFit<BgNbdParameters> fit = BgNbdModel.fit(sample);

    assertEquals(FitOutcome.TOO_FEW_CUSTOMERS, fit.outcome());
    assertNull(fit.parameters());
    assertTrue(Double.isNaN(fit.logLikelihood()));
    assertEquals(19, fit.customers());
  }

  @Test
  void bgNbdNeedsRepeatCustomers() {
    List<RepeatHistory> sample = new ArrayList<>(Collections.nCopies(100, new RepeatHistory(0, 0, 20)));
    for (int i = 0; i < BgNbdModel.MIN_REPEAT_CUSTOMERS - 1; i++) sample.add(new RepeatHistory(1, 3, 20));

    assertEquals(FitOutcome.TOO_FEW_REPEAT_CUSTOMERS, BgNbdModel.fit(sample).outcome());
  }

  @Test
  void gammaGammaNeedsTenRepeatCustomersAndCountsOnlyThem() {
    List<SpendHistory> sample = new ArrayList<>(Collections.nCopies(50, new SpendHistory(0, 0)));
    for (int i = 0; i < GammaGammaModel.MIN_REPEAT_CUSTOMERS - 1; i++) sample.add(new SpendHistory(2, 1_000 + 100 * i));

    ModelFit<GammaGammaParameters> fit = GammaGammaModel.fit(sample);

    assertEquals(FitOutcome.TOO_FEW_REPEAT_CUSTOMERS, fit.outcome());
    assertEquals(9, fit.customers());
  }

  @Test
  void identicalSpendingHasNoMaximumInside() {
    // Every repeater spends exactly the same: the spread parameters run off to infinity.
    List<SpendHistory> sample = Collections.nCopies(40, new SpendHistory(3, 1_500));

    ModelFit<GammaGammaParameters> fit = GammaGammaModel.fit(sample);

    assertEquals(FitOutcome.NOT_IDENTIFIED, fit.outcome());
    assertFalse(fit.isFitted());
    assertTrue(fit.estimate().isEmpty());
  }
}
