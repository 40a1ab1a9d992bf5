package kyokan.core.outreach.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ResponseComparisonTest {

  @Test
  void bringsTheFiguresOfOneCampaignTogether() {
    Proportion contacted = new Proportion(56, 70);
    Proportion heldOut = new Proportion(48, 80);
    ResponseComparison r = ResponseComparison.of(contacted, heldOut);
    assertEquals(0.0524, r.difference().interval().lower(), 5e-5);
    assertEquals(Verdict.EFFECT, r.verdict());
    assertEquals(FisherExact.twoSidedP(56, 14, 48, 32), r.fisherP());
    // Pooled rate 104/150 over both arms.
    assertEquals(DetectableDifference.smallest(70, 80, 104.0 / 150), r.smallestDetectable());
  }

  @Test
  void aSmallListShowsNoEvidenceWithWhatItCouldHaveSeen() {
    ResponseComparison r = ResponseComparison.of(new Proportion(5, 56), new Proportion(0, 29));
    assertEquals(Verdict.NO_EVIDENCE, r.verdict());
    assertEquals(DetectableDifference.smallest(56, 29, 5.0 / 85), r.smallestDetectable());
  }

  @Test
  void aCampaignThatKeptBuyersAwayIsCalledPossiblyHarmful() {
    assertEquals(Verdict.POSSIBLY_HARMFUL, ResponseComparison.of(new Proportion(3, 80), new Proportion(9, 20)).verdict());
  }

  @Test
  void emptyListsGiveAnAnswerWithoutNaN() {
    ResponseComparison r = ResponseComparison.of(new Proportion(0, 0), new Proportion(0, 0));
    assertEquals(Verdict.NO_EVIDENCE, r.verdict());
    assertEquals(1, r.smallestDetectable());
    assertEquals(1, r.fisherP());
  }
}
