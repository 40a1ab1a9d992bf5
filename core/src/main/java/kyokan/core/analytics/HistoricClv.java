package kyokan.core.analytics;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Historic customer lifetime value: each customer's net revenue so far (all their lines up to the as-of
 * date, returns included — the same number as CPM's amount, per customer in {@link CustomerSnapshot#amount}),
 * summarised over the customers as of that date.
 *
 * @param total the customers' historic values, summed
 * @param mean empty without customers
 * @param median with an even number of customers, the mean of the middle two; empty without customers
 */
public record HistoricClv(AnalysisBasis basis, int customers, long total, OptionalDouble mean, OptionalDouble median) {

  static HistoricClv of(CustomerSnapshot s, AnalysisBasis basis) {
    long[] values = new long[s.customers];
    int n = 0;
    long total = 0;
    for (int c = 0; c < s.purchases.length; c++) {
      if (s.purchases[c] == 0) continue;
      values[n++] = s.amount[c];
      total += s.amount[c];
    }
    if (n == 0) return new HistoricClv(basis, 0, 0, OptionalDouble.empty(), OptionalDouble.empty());
    Arrays.sort(values);
    double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + (double) values[n / 2]) / 2;
    return new HistoricClv(basis, n, total, OptionalDouble.of((double) total / n), OptionalDouble.of(median));
  }
}
