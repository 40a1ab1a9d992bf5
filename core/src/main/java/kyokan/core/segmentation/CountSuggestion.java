package kyokan.core.segmentation;

/**
 * The suggested count limit, for shops that measure "big" by purchases rather than amount: {@value #LIMIT}
 * purchases, the same "about seven orders" as the amount rule's 7 × the average order.
 *
 * @param customerPurchases every customer's number of purchases: 1, 2, … 14 and 15 or more
 */
public record CountSuggestion(int limit, Histogram customerPurchases) {
  public static final int LIMIT = AmountSuggestion.FACTOR;
  static final int BUCKETS = 14;

  static CountSuggestion of(int[] customerPurchases) {
    Histogram.Counter counter = new Histogram.Counter(1, 1, BUCKETS);
    for (int p : customerPurchases) counter.add(p, 1);
    return new CountSuggestion(LIMIT, counter.histogram());
  }
}
