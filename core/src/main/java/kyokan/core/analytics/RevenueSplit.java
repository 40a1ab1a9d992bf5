package kyokan.core.analytics;

/**
 * Q1, Q2 and the capture rate for the period. New revenue = the net amount of customers' first orders
 * dated in the period; repeat revenue = identified revenue in the period − new revenue, so returns land on
 * the repeat side unless they belong to the first order itself, and Q1 + Q2 = 100 %.
 *
 * @param revenue net amount of all lines in the period, anonymous included
 * @param identifiedRevenue net amount of the lines of identified customers in the period
 * @param newRevenue net amount of first orders dated in the period
 * @param repeatRevenue {@code identifiedRevenue − newRevenue}
 */
public record RevenueSplit(AnalysisBasis basis, long revenue, long identifiedRevenue, long newRevenue,
    long repeatRevenue) {

  static RevenueSplit of(CustomerSnapshot s, AnalysisBasis basis) {
    long identified = s.ledger.identifiedRevenue(s.periodStart, s.asOf);
    return new RevenueSplit(basis, s.ledger.revenue(s.periodStart, s.asOf), identified, s.newRevenue,
        identified - s.newRevenue);
  }

  /** Q1: repeat revenue ÷ identified revenue in the period. */
  public Ratio repeatShare() {
    return new Ratio(repeatRevenue, identifiedRevenue);
  }

  /** Q2: new revenue ÷ identified revenue in the period. */
  public Ratio newShare() {
    return new Ratio(newRevenue, identifiedRevenue);
  }

  /** 顧客捕捉率: identified revenue ÷ all revenue in the period. */
  public Ratio captureRate() {
    return new Ratio(identifiedRevenue, revenue);
  }
}
