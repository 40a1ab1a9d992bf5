package kyokan.core.analytics;

import java.util.Arrays;

/** A growable long array, for amounts. */
final class LongList {
  private long[] values;
  private int size;

  LongList(int capacity) {
    values = new long[Math.max(capacity, 4)];
  }

  void add(long value) {
    if (size == values.length) values = Arrays.copyOf(values, values.length * 2);
    values[size++] = value;
  }

  long get(int i) {
    return values[i];
  }

  /** Makes room for {@code capacity} values in all, so that adding them copies nothing. */
  void ensureCapacity(int capacity) {
    if (capacity > values.length) values = Arrays.copyOf(values, capacity);
  }

  /** The backing array, valid up to {@link #size()}: for reading in bulk without a copy. */
  long[] backing() {
    return values;
  }

  int size() {
    return size;
  }

  long[] toArray() {
    return values.length == size ? values : Arrays.copyOf(values, size);
  }
}
