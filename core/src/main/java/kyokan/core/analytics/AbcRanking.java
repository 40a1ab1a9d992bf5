package kyokan.core.analytics;

import java.util.function.IntFunction;

/**
 * An ABC / Pareto ranking over the 365-day window, best first, ties by code. Customers: those with a
 * purchase in the window, by their window net amount. Products: those with a line in the window, by the
 * net amount of all their lines there (anonymous included). Walking down the ranking, an item is A while
 * the items above it hold less than 70 % of the ranking's total, B while they hold less than 90 %, C after:
 * so A is the smallest top set reaching 70 %. With a total of zero or less every item is C.
 *
 * @param <T> {@link CustomerRef} or {@link ProductRef}
 */
public final class AbcRanking<T> {
  private final AnalysisBasis basis;
  private final int[] ranked;
  private final long[] amounts;
  private final long[] cumulative;
  private final AbcClass[] classes;
  private final long total;
  private final IntFunction<T> item;

  AbcRanking(AnalysisBasis basis, int[] ranked, long[] amountOfIndex, IntFunction<T> item) {
    this.basis = basis;
    this.ranked = ranked;
    this.item = item;
    amounts = new long[ranked.length];
    cumulative = new long[ranked.length];
    long sum = 0;
    for (int i = 0; i < ranked.length; i++) {
      amounts[i] = amountOfIndex[ranked[i]];
      sum += amounts[i];
      cumulative[i] = sum;
    }
    total = sum;
    classes = new AbcClass[ranked.length];
    long above = 0;
    for (int i = 0; i < ranked.length; i++) {
      // Shares compared in integers: above < 0.7 × total ⇔ 10 × above < 7 × total.
      if (total > 0 && 10 * above < 7 * total) classes[i] = AbcClass.A;
      else if (total > 0 && 10 * above < 9 * total) classes[i] = AbcClass.B;
      else classes[i] = AbcClass.C;
      above += amounts[i];
    }
  }

  public AnalysisBasis basis() { return basis; }
  public int size() { return ranked.length; }
  /** The sum of the ranked items' amounts. */
  public long total() { return total; }
  /** The item at {@code rank} (0 = best). */
  public T itemAt(int rank) { return item.apply(ranked[rank]); }
  /** The ledger index of the item at {@code rank}. */
  public int indexAt(int rank) { return ranked[rank]; }
  public long amountAt(int rank) { return amounts[rank]; }
  public AbcClass classAt(int rank) { return classes[rank]; }

  /** The share of the total held by the items up to and including {@code rank}. */
  public Ratio cumulativeShareAt(int rank) {
    return new Ratio(cumulative[rank], total);
  }

  public int count(AbcClass abc) {
    int n = 0;
    for (AbcClass c : classes) if (c == abc) n++;
    return n;
  }

  public long amount(AbcClass abc) {
    long sum = 0;
    for (int i = 0; i < classes.length; i++) if (classes[i] == abc) sum += amounts[i];
    return sum;
  }
}
