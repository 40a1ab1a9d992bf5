package kyokan.core.analytics;

import java.time.YearMonth;

/**
 * Everything the analysis shows for one month, immutable: the data's answers to the ten diagnostic
 * questions (Q9 and Q10 are the client's own, nothing to compute), the CPM cells, and the standard figures.
 * The as-of date is the month's last day, the period the month, the window the 365 days ending on the
 * as-of date; every part carries that {@link AnalysisBasis}, thresholds included.
 *
 * @param revenue Q1 repeat share, Q2 new share, capture rate
 * @param lapsing Q3
 * @param active Q4
 * @param f2 Q5, with the per-cohort table
 * @param top Q6: active 優良 customers and the Pareto view
 * @param loyalHabits Q7
 * @param loyalProducts Q8
 * @param cpm every customer's cell
 * @param customerAbc ABC of customers over the window
 * @param productAbc ABC of products over the window
 * @param cohorts the cohort retention table
 */
public record MonthReport(YearMonth month, AnalysisBasis basis, RevenueSplit revenue, LapsingCustomers lapsing,
    ActiveShare active, F2Rates f2, TopCustomers top, LoyalHabits loyalHabits, LoyalProducts loyalProducts,
    CpmCells cpm, AbcRanking<CustomerRef> customerAbc, AbcRanking<ProductRef> productAbc, CohortTable cohorts,
    RfmScores rfm, HistoricClv clv, OrderValue orderValue) {

  /** The report of {@code month} from the ledger, under {@code thresholds}. */
  public static MonthReport of(Ledger ledger, YearMonth month, CpmThresholds thresholds) {
    return of(CustomerSnapshot.of(ledger, month.atEndOfMonth()), thresholds);
  }

  /** The report of the snapshot's month; the snapshot must be taken on a month's last day. */
  public static MonthReport of(CustomerSnapshot s, CpmThresholds thresholds) {
    YearMonth month = YearMonth.from(s.asOf());
    if (!s.asOf().equals(month.atEndOfMonth())) {
      throw new IllegalArgumentException("a month report needs a snapshot at a month's end: " + s.asOf());
    }
    Ledger ledger = s.ledger;
    AnalysisBasis basis = new AnalysisBasis(ledger.clientId(), ledger.version(), s.asOf(), s.periodStart(),
        s.windowStart(), thresholds);
    CpmCells cpm = CpmCells.of(s, basis);
    CustomerList activeLoyal = cpm.customers(CpmCell.LOYAL);
    int[] customerRanking = WindowRanking.customers(s);
    return new MonthReport(month, basis,
        RevenueSplit.of(s, basis),
        LapsingCustomers.of(s, basis),
        ActiveShare.of(s, basis),
        F2Rates.of(s, basis),
        new TopCustomers(basis, activeLoyal, ParetoView.of(s, customerRanking)),
        LoyalHabits.of(s, activeLoyal, basis),
        LoyalProducts.of(s, activeLoyal, basis),
        cpm,
        new AbcRanking<>(basis, customerRanking, s.windowAmount, ledger::customer),
        new AbcRanking<>(basis, WindowRanking.products(s), s.productWindowAll, ledger::product),
        CohortTable.of(s, basis),
        RfmScores.of(s, basis),
        HistoricClv.of(s, basis),
        OrderValue.of(s, basis));
  }

  /** Roughly the heap this report holds beyond its snapshot: rankings, lists and scores per customer. */
  long approximateBytes() {
    return 13 * cpm.approximateBytes();
  }

  /** The capture rate of the period (also in {@link #revenue()}). */
  public Ratio captureRate() {
    return revenue.captureRate();
  }
}
