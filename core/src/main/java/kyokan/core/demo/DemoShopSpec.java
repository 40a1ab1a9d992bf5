package kyokan.core.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the demo-shop generator should produce. The same spec always gives exactly the same shop.
 *
 * @param seed seeds every random choice
 * @param endDate the last day with sales (inclusive), usually the last day of last month
 * @param years history length: sales run from {@code endDate − years + 1 day} to {@code endDate}
 * @param customers number of customers, each with at least one purchase
 * @param lines approximate number of sale lines, returns and anonymous lines included
 * @param anonymousShare share of lines sold without a customer (walk-ins), 0 ≤ share &lt; 1
 * @param returnRate share of customers' orders from which one line is later returned, 0 ≤ rate ≤ 0.5
 */
public record DemoShopSpec(long seed, LocalDate endDate, int years, int customers, long lines, double anonymousShare,
    double returnRate) {

  /** The demo client's name, shown wherever the demo shop appears. */
  public static final String SAKURA_COFFEE = "さくら珈琲店";

  public DemoShopSpec {
    Objects.requireNonNull(endDate, "endDate");
    if (years < 1 || years > 50) {
      throw new IllegalArgumentException("years must be 1..50: " + years);
    }
    if (customers < 1) {
      throw new IllegalArgumentException("customers must be at least 1: " + customers);
    }
    if (lines < 1) {
      throw new IllegalArgumentException("lines must be at least 1: " + lines);
    }
    if (!(anonymousShare >= 0 && anonymousShare < 1)) {
      throw new IllegalArgumentException("anonymousShare must be in [0, 1): " + anonymousShare);
    }
    if (!(returnRate >= 0 && returnRate <= 0.5)) {
      throw new IllegalArgumentException("returnRate must be in [0, 0.5]: " + returnRate);
    }
  }

  /** さくら珈琲店 for --demo: 3 years up to {@code endDate}, 2,000 customers, about 30,000 lines. */
  public static DemoShopSpec sakuraCoffee(LocalDate endDate) {
    return new DemoShopSpec(20_180_401L, endDate, 3, 2_000, 30_000, 0.15, 0.01);
  }

  /** The same shop at another size, e.g. 100,000 customers and 1,000,000 lines for benchmarks. */
  public DemoShopSpec withSize(int customers, long lines) {
    return new DemoShopSpec(seed, endDate, years, customers, lines, anonymousShare, returnRate);
  }

  public DemoShopSpec withSeed(long seed) {
    return new DemoShopSpec(seed, endDate, years, customers, lines, anonymousShare, returnRate);
  }

  /** The first day with sales. */
  public LocalDate startDate() {
    return endDate.minusYears(years).plusDays(1);
  }
}
