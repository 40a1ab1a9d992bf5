package kyokan.core.analytics;

/**
 * Q3: customers by days since their last purchase (as-of date − last purchase date), each list in
 * customer code order. Customers who bought in the last 59 days are in none of them.
 *
 * @param days60to89 recency 60–89 days: the question's "2–3 months"
 * @param days90to179 recency 90–179 days
 * @param days180OrMore recency 180 days or more
 */
public record LapsingCustomers(AnalysisBasis basis, CustomerList days60to89, CustomerList days90to179,
    CustomerList days180OrMore) {

  static LapsingCustomers of(CustomerSnapshot s, AnalysisBasis basis) {
    IntList near = new IntList(64);
    IntList middle = new IntList(64);
    IntList far = new IntList(64);
    for (int c : s.ledger.customersByCode) {
      if (s.purchases[c] == 0) continue;
      int recency = s.asOf - s.lastDay[c];
      if (recency >= 180) far.add(c);
      else if (recency >= 90) middle.add(c);
      else if (recency >= 60) near.add(c);
    }
    return new LapsingCustomers(basis, new CustomerList(s.ledger, near.toArray()),
        new CustomerList(s.ledger, middle.toArray()), new CustomerList(s.ledger, far.toArray()));
  }
}
