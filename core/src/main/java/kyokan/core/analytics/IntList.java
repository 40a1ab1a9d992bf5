package kyokan.core.analytics;

import java.util.Arrays;

/** A growable int array: the ledger's columns without a boxed Integer per line. */
final class IntList {
  private int[] values;
  private int size;

  IntList(int capacity) {
    values = new int[Math.max(capacity, 4)];
  }

  void add(int value) {
    if (size == values.length) values = Arrays.copyOf(values, values.length * 2);
    values[size++] = value;
  }

  void clear() {
    size = 0;
  }

  int get(int i) {
    return values[i];
  }

  /** Makes room for {@code capacity} values in all, so that adding them copies nothing. */
  void ensureCapacity(int capacity) {
    if (capacity > values.length) values = Arrays.copyOf(values, capacity);
  }

  /** The backing array, valid up to {@link #size()}: for reading or rewriting in bulk without a copy. */
  int[] backing() {
    return values;
  }

  int size() {
    return size;
  }

  /** The values as an array of exactly {@link #size()} elements. */
  int[] toArray() {
    return values.length == size ? values : Arrays.copyOf(values, size);
  }
}
