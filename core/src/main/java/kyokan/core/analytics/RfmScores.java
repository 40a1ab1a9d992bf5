package kyokan.core.analytics;

/**
 * RFM scores, a second lens beside CPM. Scored: the customers with a purchase in the 365-day window
 * (Q4's base), N of them. Recency = days from the last purchase to the as-of date (fewer is better);
 * frequency = purchases dated in the window; monetary = net amount in the window. Each measure gets
 * {@code 1 + ⌊5 × W ÷ N⌋}, W being the number of scored customers with a strictly worse value: quintiles of
 * the ranking where equal values always share a score (so with many ties a score may stay empty).
 */
public final class RfmScores {
  private final AnalysisBasis basis;
  private final CustomerList scored;
  private final byte[] recency;
  private final byte[] frequency;
  private final byte[] monetary;
  private final int[] counts = new int[125];

  private RfmScores(AnalysisBasis basis, CustomerList scored, byte[] recency, byte[] frequency, byte[] monetary) {
    this.basis = basis;
    this.scored = scored;
    this.recency = recency;
    this.frequency = frequency;
    this.monetary = monetary;
    for (int i = 0; i < scored.size(); i++) {
      int c = scored.indexAt(i);
      counts[cell(recency[c], frequency[c], monetary[c])]++;
    }
  }

  static RfmScores of(CustomerSnapshot s, AnalysisBasis basis) {
    IntList population = new IntList(1024);
    for (int c : s.ledger.customersByCode) {
      if (s.lastDay[c] >= s.windowStart) population.add(c);
    }
    int[] members = population.toArray();
    int n = members.length;
    long[] r = new long[n];
    long[] f = new long[n];
    long[] m = new long[n];
    for (int i = 0; i < n; i++) {
      int c = members[i];
      // Recency negated so that for all three a larger value is better.
      r[i] = -(long) (s.asOf - s.lastDay[c]);
      f[i] = s.windowPurchases[c];
      m[i] = s.windowAmount[c];
    }
    int customers = s.purchases.length;
    return new RfmScores(basis, new CustomerList(s.ledger, members), scores(members, r, customers),
        scores(members, f, customers), scores(members, m, customers));
  }

  // Score per customer index (0 = not scored): 1 + ⌊5 × (values strictly below) ÷ n⌋, by one sort and a sweep.
  private static byte[] scores(int[] members, long[] values, int customers) {
    int n = members.length;
    int[] order = IntSort.orderByValue(values);
    byte[] scores = new byte[customers];
    int below = 0;
    for (int k = 0; k < n; k++) {
      if (k > 0 && values[order[k]] != values[order[k - 1]]) below = k;
      scores[members[order[k]]] = (byte) (1 + 5L * below / n);
    }
    return scores;
  }

  private static int cell(int r, int f, int m) {
    return ((r - 1) * 5 + (f - 1)) * 5 + (m - 1);
  }

  public AnalysisBasis basis() { return basis; }
  /** The scored customers, in customer code order. */
  public CustomerList scored() { return scored; }
  /** 1–5, or 0 when the customer (ledger index) is not scored. */
  public int recencyScore(int customer) { return recency[customer]; }
  public int frequencyScore(int customer) { return frequency[customer]; }
  public int monetaryScore(int customer) { return monetary[customer]; }

  /** Scored customers with exactly these three scores (each 1–5). */
  public int count(int r, int f, int m) {
    return counts[cell(r, f, m)];
  }

  /** Scored customers with this recency and frequency score, any monetary score. */
  public int count(int r, int f) {
    int n = 0;
    for (int m = 1; m <= 5; m++) n += count(r, f, m);
    return n;
  }
}
