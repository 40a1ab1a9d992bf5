package kyokan.core.segmentation;

import java.util.ArrayList;
import java.util.List;

/**
 * A distribution for a small chart: equal buckets from a start, the first also holding anything below
 * the start, the last open-ended.
 *
 * @param total how many values in all
 */
public record Histogram(List<Bucket> buckets, long total) {
  /**
   * Values from {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @param to {@link Long#MAX_VALUE} for the last, open-ended bucket
   */
  public record Bucket(long from, long to, long count) {
    public boolean isOpenEnded() {
      return to == Long.MAX_VALUE;
    }
  }

  public Histogram {
    buckets = List.copyOf(buckets);
  }

  /** Counts values into {@code closed} buckets of {@code width} from {@code start}, plus one open-ended bucket. */
  static final class Counter {
    private final long start;
    private final long width;
    private final long[] counts;

    Counter(long start, long width, int closed) {
      if (width < 1 || closed < 1) throw new IllegalArgumentException("need width ≥ 1 and buckets ≥ 1");
      this.start = start;
      this.width = width;
      this.counts = new long[closed + 1];
    }

    Counter add(long value, long times) {
      long bucket = value < start ? 0 : Math.min(counts.length - 1, (value - start) / width);
      counts[(int) bucket] += times;
      return this;
    }

    Histogram histogram() {
      List<Bucket> buckets = new ArrayList<>(counts.length);
      long total = 0;
      for (int i = 0; i < counts.length; i++) {
        long from = start + i * width;
        buckets.add(new Bucket(from, i == counts.length - 1 ? Long.MAX_VALUE : from + width, counts[i]));
        total += counts[i];
      }
      return new Histogram(buckets, total);
    }
  }
}
