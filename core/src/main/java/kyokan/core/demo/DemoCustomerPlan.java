package kyokan.core.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How each customer behaves, drawn once per spec, indexed in code order (earliest first visit first). A customer
 * visits at the first-visit day, then as a seasonal Poisson process at their own rate until their spell ends;
 * some come back for a second spell after a long gap.
 */
final class DemoCustomerPlan {
  // regulars from before the period: they show up in its first weeks, which keeps early months from looking empty
  private static final double REGULAR_SHARE = 0.15;
  private static final double MEAN_REGULAR_FIRST_DAY = 45;
  private static final double ONE_TIMER_SHARE = 0.55;
  private static final double PARETO_ALPHA = 1.2;
  private static final double MAX_RATE = 60;
  private static final double MEAN_SPELL_DAYS = 480;
  private static final double COMEBACK_SHARE = 0.30;
  private static final double MEAN_SECOND_SPELL_DAYS = 360;

  final int size;
  final int[] firstVisit;
  /** Visits per unit of season factor (visits per day on a day with factor 1). */
  final double[] rate;
  /** Last moment (in days since the start) of the first spell; before the first visit for one-timers. */
  final double[] firstSpellEnd;
  /** Day of the comeback visit, or −1. */
  final int[] comeback;
  final double[] secondSpellEnd;
  final double[] beanShare;
  final int[] favouriteBeans;

  DemoCustomerPlan(int customers, double identifiedOrders, DemoSeason season, SplittableRandom random) {
    List<Customer> drawn = new ArrayList<>(customers);
    for (int i = 0; i < customers; i++) {
      drawn.add(draw(season, random));
    }
    drawn.sort(Comparator.comparingInt(Customer::firstVisit)); // stable: ties keep the order they were drawn in
    size = customers;
    firstVisit = new int[size];
    rate = new double[size];
    firstSpellEnd = new double[size];
    comeback = new int[size];
    secondSpellEnd = new double[size];
    beanShare = new double[size];
    favouriteBeans = new int[size];
    for (int k = 0; k < size; k++) {
      Customer customer = drawn.get(k);
      firstVisit[k] = customer.firstVisit();
      rate[k] = customer.rate();
      firstSpellEnd[k] = customer.firstSpellEnd();
      comeback[k] = customer.comeback();
      secondSpellEnd[k] = customer.secondSpellEnd();
      beanShare[k] = customer.beanShare();
      favouriteBeans[k] = customer.favouriteBeans();
    }
    calibrate(identifiedOrders, season);
  }

  private record Customer(int firstVisit, double rate, double firstSpellEnd, int comeback, double secondSpellEnd,
      double beanShare, int favouriteBeans) {}

  private static Customer draw(DemoSeason season, SplittableRandom random) {
    boolean regular = random.nextDouble() < REGULAR_SHARE;
    int first = regular ? season.nextOpenDay((int) DemoRandom.exponential(random, MEAN_REGULAR_FIRST_DAY)) : season.days();
    if (first >= season.days()) {
      first = season.drawFirstVisit(random);
    }
    boolean oneTimer = !regular && random.nextDouble() < ONE_TIMER_SHARE;
    double rate = Math.min(MAX_RATE, StrictMath.pow(1 - random.nextDouble(), -1 / PARETO_ALPHA));
    double spellEnd = oneTimer ? first - 1 : first + DemoRandom.exponential(random, MEAN_SPELL_DAYS);
    int comeback = -1;
    double comebackEnd = 0;
    if (!oneTimer && random.nextDouble() < COMEBACK_SHARE) {
      int day = season.nextOpenDay((int) spellEnd + 150 + random.nextInt(420));
      if (day < season.days()) {
        comeback = day;
        comebackEnd = day + DemoRandom.exponential(random, MEAN_SECOND_SPELL_DAYS);
      }
    }
    // frequent visitors lean to beans, which lifts beans' share of top customers' revenue (Q8)
    double beans = Math.min(0.5, 0.05 + 0.20 * random.nextDouble() + 0.05 * StrictMath.log(rate));
    return new Customer(first, rate, spellEnd, comeback, comebackEnd, beans, DemoMenu.pickFavouriteBeans(random));
  }

  // scales every rate so that the expected number of customer orders meets the target
  private void calibrate(double identifiedOrders, DemoSeason season) {
    double certain = 0;
    double weighted = 0;
    for (int k = 0; k < size; k++) {
      certain += comeback[k] >= 0 ? 2 : 1;
      double weight = season.weight(firstVisit[k], (int) firstSpellEnd[k]);
      if (comeback[k] >= 0) {
        weight += season.weight(comeback[k], (int) secondSpellEnd[k]);
      }
      weighted += rate[k] * weight;
    }
    double scale = weighted > 0 ? Math.max(0, identifiedOrders - certain) / weighted : 0;
    for (int k = 0; k < size; k++) {
      rate[k] *= scale;
    }
  }
}
