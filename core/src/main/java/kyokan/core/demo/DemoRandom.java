package kyokan.core.demo;

import java.util.SplittableRandom;

/** Random draws built on {@link SplittableRandom} and {@link StrictMath}, so a seed gives the same numbers on any JVM. */
final class DemoRandom {
  private DemoRandom() {}

  static double exponential(SplittableRandom random, double mean) {
    return -mean * StrictMath.log(1 - random.nextDouble());
  }

  static int poisson(SplittableRandom random, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 200) {
      double u = 1 - random.nextDouble();
      double normal = StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * random.nextDouble());
      return (int) Math.max(0, Math.round(mean + StrictMath.sqrt(mean) * normal));
    }
    double limit = StrictMath.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }

  /** Fisher–Yates over the first {@code count} values. */
  static void shuffle(SplittableRandom random, int[] values, int count) {
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }
}
