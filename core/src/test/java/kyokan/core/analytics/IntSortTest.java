package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IntSortTest {

  @Test
  void ordersByValueThenPositionWhetherValuesFitInAnIntOrNot() {
    Random random = new Random(3);
    for (long scale : new long[] {10, 1_000_000, 1L << 40}) {
      long[] values = random.longs(5_000, -scale, scale).map(v -> v / 7 * 7).toArray();
      int[] expected = IntStream.range(0, values.length).boxed()
          .sorted(Comparator.comparingLong((Integer i) -> values[i]).thenComparing(i -> i))
          .mapToInt(Integer::intValue).toArray();

      assertArrayEquals(expected, IntSort.orderByValue(values), "scale " + scale);
    }
  }

  @Test
  void sortsARangeStablyAndLeavesTheRestAlone() {
    int[] values = {9, 8, 7, 30, 10, 21, 11, 20, 6, 5};

    IntSort.sort(values, 3, 8, (a, b) -> Integer.compare(a / 10, b / 10));

    assertArrayEquals(new int[] {9, 8, 7, 10, 11, 21, 20, 30, 6, 5}, values);
  }
}
