package kyokan.core.analytics;

/** The rankings behind Pareto and ABC: by net amount in the 365-day window, highest first, ties by code. */
final class WindowRanking {
  private WindowRanking() {}

  /** Customers with a purchase in the window, by their window net amount. */
  static int[] customers(CustomerSnapshot s) {
    // Taken in code order, so that ordering by position breaks ties by code.
    IntList inWindow = new IntList(1024);
    for (int c : s.ledger.customersByCode) {
      if (s.lastDay[c] >= s.windowStart) inWindow.add(c);
    }
    int[] candidates = inWindow.toArray();
    long[] negatedAmounts = new long[candidates.length];
    for (int i = 0; i < candidates.length; i++) negatedAmounts[i] = -s.windowAmount[candidates[i]];
    int[] order = IntSort.orderByValue(negatedAmounts);
    int[] ranked = new int[candidates.length];
    for (int i = 0; i < ranked.length; i++) ranked[i] = candidates[order[i]];
    return ranked;
  }

  /** Products with a line in the window, by the net amount of all their lines there, anonymous included. */
  static int[] products(CustomerSnapshot s) {
    return productsBy(s.productWindowLines, s.productWindowAll, s.ledger.productCodeRank);
  }

  /** Products with at least one line counted in {@code lines}, by {@code amounts}, ties by code. */
  static int[] productsBy(int[] lines, long[] amounts, int[] codeRank) {
    IntList sold = new IntList(64);
    for (int p = 0; p < lines.length; p++) {
      if (lines[p] > 0) sold.add(p);
    }
    int[] ranked = sold.toArray();
    IntSort.sort(ranked, (a, b) -> amounts[a] != amounts[b] ? Long.compare(amounts[b], amounts[a]) : codeRank[a] - codeRank[b]);
    return ranked;
  }
}
