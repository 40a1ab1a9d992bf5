package kyokan.core.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** The shop's calendar: how busy each day of the period is, as a factor around 1 (0 on closed days). */
final class DemoSeason {
  // January … December: spring and the December gift season busy, high summer quiet
  private static final double[] MONTH = {0.85, 0.85, 1.05, 1.15, 1.10, 0.95, 0.85, 0.80, 0.95, 1.05, 1.05, 1.35};
  // Monday … Sunday
  private static final double[] WEEKDAY = {0.85, 0.85, 0.85, 0.90, 1.00, 1.35, 1.30};
  // newer days attract a little more first visits: the shop is growing
  private static final double GROWTH = 0.4;

  private final LocalDate start;
  private final int days;
  private final double[] factor;
  private final byte[] month;
  private final double[] cumulative;
  private final double[] acquisition;
  private final double max;

  DemoSeason(LocalDate start, LocalDate end) {
    this.start = start;
    this.days = (int) (end.toEpochDay() - start.toEpochDay()) + 1;
    this.factor = new double[days];
    this.month = new byte[days];
    this.cumulative = new double[days + 1];
    this.acquisition = new double[days + 1];
    double highest = 0;
    LocalDate date = start;
    for (int day = 0; day < days; day++, date = date.plusDays(1)) {
      month[day] = (byte) (date.getMonthValue() - 1);
      factor[day] = closed(date) ? 0 : MONTH[month[day]] * WEEKDAY[date.getDayOfWeek().getValue() - 1];
      highest = Math.max(highest, factor[day]);
      cumulative[day + 1] = cumulative[day] + factor[day];
      acquisition[day + 1] = acquisition[day] + factor[day] * (1 + GROWTH * day / days);
    }
    this.max = highest;
  }

  // 正月休み
  private static boolean closed(LocalDate date) {
    return date.getMonthValue() == 1 && date.getDayOfMonth() <= 3;
  }

  int days() {
    return days;
  }

  LocalDate date(int day) {
    return start.plusDays(day);
  }

  double factor(int day) {
    return factor[day];
  }

  double maxFactor() {
    return max;
  }

  /** 0 = January. */
  int month(int day) {
    return month[day];
  }

  /** Sum of the factors of the days {@code from} … {@code to}, both inclusive and clipped to the period. */
  double weight(int from, int to) {
    int a = Math.max(0, from);
    int b = Math.min(days - 1, to);
    return b < a ? 0 : cumulative[b + 1] - cumulative[a];
  }

  double totalWeight() {
    return cumulative[days];
  }

  /** The first open day at or after {@code day}; {@link #days()} when there is none in the period. */
  int nextOpenDay(int day) {
    int d = Math.max(0, day);
    while (d < days && factor[d] == 0) {
      d++;
    }
    return Math.min(d, days);
  }

  /** A day for a customer's first visit: busier and later days are likelier. */
  int drawFirstVisit(SplittableRandom random) {
    double target = random.nextDouble() * acquisition[days];
    int low = 0;
    int high = days - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (acquisition[mid + 1] <= target) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low; // a closed day has no width, so it is never drawn
  }
}
