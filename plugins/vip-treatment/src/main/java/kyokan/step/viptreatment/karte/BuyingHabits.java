package kyokan.step.viptreatment.karte;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import kyokan.core.analytics.CustomerOrders;

/**
 * What the カルテ says about a customer's buying up to a date: how often they come and whether that is changing
 * (purchases in the last 365 days against the 365 before; the median gap of their last few gaps against all
 * of them), their favourites (products in the most purchases) and what they bought last.
 *
 * @param recentGapDays the median of the last {@value #RECENT_GAPS} gaps; empty with fewer than two purchases
 */
public record BuyingHabits(int purchasesLastYear, int purchasesYearBefore, OptionalDouble medianGapDays,
    OptionalDouble recentGapDays, List<Favourite> favourites, LocalDate lastPurchase, List<String> lastItems) {
  static final int RECENT_GAPS = 4;
  static final int FAVOURITES = 5;

  /** A product and the number of purchases it was in. */
  public record Favourite(String product, int purchases) {}

  /** From the customer's orders (oldest first), counting purchases only (net amount above zero) up to {@code asOf}. */
  public static BuyingHabits of(List<CustomerOrders.Order> orders, LocalDate asOf) {
    List<CustomerOrders.Order> purchases = orders.stream().filter(o -> o.isPurchase() && !o.date().isAfter(asOf)).toList();
    int lastYear = 0;
    int yearBefore = 0;
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (CustomerOrders.Order o : purchases) {
      if (o.date().isAfter(asOf.minusDays(365))) lastYear++;
      else if (o.date().isAfter(asOf.minusDays(730))) yearBefore++;
      for (String p : o.products()) counts.merge(p, 1, Integer::sum);
    }
    int[] gaps = new int[Math.max(0, purchases.size() - 1)];
    for (int k = 1; k < purchases.size(); k++) {
      gaps[k - 1] = (int) (purchases.get(k).date().toEpochDay() - purchases.get(k - 1).date().toEpochDay());
    }
    List<Favourite> favourites = new ArrayList<>();
    counts.forEach((p, n) -> favourites.add(new Favourite(p, n)));
    favourites.sort(Comparator.comparingInt(Favourite::purchases).reversed().thenComparing(Favourite::product));
    CustomerOrders.Order last = purchases.isEmpty() ? null : purchases.get(purchases.size() - 1);
    return new BuyingHabits(lastYear, yearBefore, median(gaps), median(Arrays.copyOfRange(gaps, Math.max(0, gaps.length - RECENT_GAPS), gaps.length)),
        List.copyOf(favourites.subList(0, Math.min(FAVOURITES, favourites.size()))),
        last == null ? null : last.date(), last == null ? List.of() : last.products());
  }

  static OptionalDouble median(int[] values) {
    if (values.length == 0) return OptionalDouble.empty();
    int[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return OptionalDouble.of((v[(n - 1) / 2] + (double) v[n / 2]) / 2);
  }
}
