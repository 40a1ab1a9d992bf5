package kyokan.core.outreach.stats;

/**
 * Everything the results page says about one campaign's response: both arms, the difference with Newcombe's
 * interval, Fisher's two-sided p, the verdict, and the smallest difference these arm sizes could detect at the
 * two arms' pooled rate.
 */
public record ResponseComparison(Proportion contacted, Proportion heldOut, RateDifference difference, double fisherP,
    Verdict verdict, double smallestDetectable) {

  public static ResponseComparison of(Proportion contacted, Proportion heldOut) {
    RateDifference difference = NewcombeInterval.of(contacted, heldOut);
    int all = contacted.n() + heldOut.n();
    double pooled = all == 0 ? 0 : (double) (contacted.successes() + heldOut.successes()) / all;
    return new ResponseComparison(contacted, heldOut, difference, FisherExact.twoSidedP(contacted, heldOut),
        Verdict.of(difference.interval()), DetectableDifference.smallest(contacted.n(), heldOut.n(), pooled));
  }
}
