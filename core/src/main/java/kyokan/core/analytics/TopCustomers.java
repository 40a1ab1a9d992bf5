package kyokan.core.analytics;

/**
 * Q6: who and how many the top customers are — the active 優良 customers under the basis's thresholds
 * (customer code order) — and the Pareto view of the window.
 */
public record TopCustomers(AnalysisBasis basis, CustomerList activeLoyal, ParetoView pareto) {

  /** The number of active 優良 customers. */
  public int activeLoyalCount() {
    return activeLoyal.size();
  }
}
