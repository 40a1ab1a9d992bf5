package kyokan.core.analytics;

/** What makes a repeat customer "big" in CPM: their cumulative net amount, or their number of purchases. */
public enum CpmAxis {
  /** Net amount of all the customer's lines up to the as-of date ≥ the amount limit (METHOD.md's rule). */
  AMOUNT,
  /** Number of purchases up to the as-of date ≥ the count limit, for shops where amounts say little. */
  ORDER_COUNT
}
