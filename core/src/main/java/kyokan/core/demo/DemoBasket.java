package kyokan.core.demo;

import java.util.SplittableRandom;
import kyokan.core.demo.DemoMenu.Category;

/** One order's lines, 1–4 distinct items: regulars lean to their favourite beans, walk-ins to a drink and a sweet. */
final class DemoBasket {
  // cumulative chances of 1, 2, 3, 4 lines
  private static final double[] CUSTOMER_SIZES = {0.55, 0.85, 0.96, 1.0};
  private static final double[] WALK_IN_SIZES = {0.62, 0.90, 0.98, 1.0};
  private static final double WALK_IN_BEAN_SHARE = 0.08;
  // January … December: お中元 in July, バレンタイン in February, the gift season in December
  private static final double[] GIFT_SEASON = {1, 1.5, 1, 1, 1, 1, 2, 1, 1, 1, 1.5, 3};
  private static final int MAX_LINES = 4;

  final int[] items = new int[MAX_LINES];
  final long[] quantities = new long[MAX_LINES];
  int size;

  static double expectedSize(boolean walkIn) {
    double[] sizes = walkIn ? WALK_IN_SIZES : CUSTOMER_SIZES;
    double expected = 0;
    double previous = 0;
    for (int i = 0; i < sizes.length; i++) {
      expected += (i + 1) * (sizes[i] - previous);
      previous = sizes[i];
    }
    return expected;
  }

  /** Fills this basket; {@code favouriteBeans} &lt; 0 for a walk-in. */
  void fill(SplittableRandom random, int month, double beanShare, int favouriteBeans) {
    boolean walkIn = favouriteBeans < 0;
    int wanted = draw(walkIn ? WALK_IN_SIZES : CUSTOMER_SIZES, random) + 1;
    double share = walkIn ? WALK_IN_BEAN_SHARE : beanShare;
    size = 0;
    for (int attempt = 0; size < wanted && attempt < wanted * 3; attempt++) {
      Category category = category(random, month, share);
      int item = category == Category.BEANS && !walkIn && random.nextDouble() < 0.6
          ? favouriteBeans
          : DemoMenu.pick(category, month, random);
      if (!contains(item)) {
        items[size] = item;
        quantities[size] = quantity(category, month, random);
        size++;
      }
    }
  }

  long amount(int line) {
    return quantities[line] * DemoMenu.item(items[line]).price();
  }

  private boolean contains(int item) {
    for (int i = 0; i < size; i++) {
      if (items[i] == item) {
        return true;
      }
    }
    return false;
  }

  private static Category category(SplittableRandom random, int month, double beanShare) {
    double rest = 1 - beanShare;
    double drink = rest * 0.58;
    double sweet = rest * 0.30;
    double gift = rest * 0.06 * GIFT_SEASON[month];
    double goods = rest * 0.03;
    double target = random.nextDouble() * (beanShare + drink + sweet + gift + goods);
    if ((target -= beanShare) < 0) {
      return Category.BEANS;
    }
    if ((target -= drink) < 0) {
      return Category.DRINK;
    }
    if ((target -= sweet) < 0) {
      return Category.SWEET;
    }
    return target < gift ? Category.GIFT : Category.GOODS;
  }

  private static long quantity(Category category, int month, SplittableRandom random) {
    double u = random.nextDouble();
    return switch (category) {
      case DRINK -> u < 0.80 ? 1 : u < 0.97 ? 2 : 3;
      case SWEET -> u < 0.80 ? 1 : 2;
      case BEANS -> u < 0.85 ? 1 : 2;
      case GIFT -> month == 11 ? (u < 0.65 ? 1 : u < 0.88 ? 2 : u < 0.96 ? 3 : 5) : (u < 0.80 ? 1 : 2);
      case GOODS -> 1;
    };
  }

  private static int draw(double[] cumulative, SplittableRandom random) {
    double u = random.nextDouble();
    int i = 0;
    while (u >= cumulative[i] && i < cumulative.length - 1) {
      i++;
    }
    return i;
  }
}
