package kyokan.core.analytics;

import java.util.Arrays;

/** Sorting int indexes by a comparison of their own, without boxing (a stable merge sort). */
final class IntSort {
  private static final int INSERTION = 16;

  /** Compares two indexes. */
  @FunctionalInterface
  interface IndexOrder {
    int compare(int a, int b);
  }

  private IntSort() {}

  /** Sorts {@code values} in place; equal elements keep their order. */
  static void sort(int[] values, IndexOrder order) {
    sort(values, 0, values.length, order);
  }

  /** Sorts {@code values[from, to)} in place; equal elements keep their order. */
  static void sort(int[] values, int from, int to, IndexOrder order) {
    int length = to - from;
    if (length < INSERTION) {
      insertionSort(values, from, to, order);
      return;
    }
    int[] part = Arrays.copyOfRange(values, from, to);
    mergeSort(part.clone(), part, 0, length, order);
    System.arraycopy(part, 0, values, from, length);
  }

  /**
   * The positions {@code 0 … values.length − 1} ordered by value, ties by position. When every value fits
   * in an int, value and position are packed into one long and sorted as primitives (several times faster
   * than comparing indexes); otherwise by comparison.
   */
  static int[] orderByValue(long[] values) {
    int n = values.length;
    boolean packable = true;
    for (long v : values) packable &= v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
    int[] order = new int[n];
    if (packable) {
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) keys[i] = (values[i] << 32) | i;
      Arrays.sort(keys);
      for (int i = 0; i < n; i++) order[i] = (int) keys[i];
      return order;
    }
    for (int i = 0; i < n; i++) order[i] = i;
    sort(order, (a, b) -> values[a] != values[b] ? Long.compare(values[a], values[b]) : Integer.compare(a, b));
    return order;
  }

  // Sorts src[from, to) into dst[from, to); both start as copies of each other.
  private static void mergeSort(int[] src, int[] dst, int from, int to, IndexOrder order) {
    if (to - from < INSERTION) {
      insertionSort(dst, from, to, order);
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(dst, src, from, mid, order);
    mergeSort(dst, src, mid, to, order);
    for (int i = from, p = from, q = mid; i < to; i++) {
      if (q >= to || (p < mid && order.compare(src[p], src[q]) <= 0)) {
        dst[i] = src[p++];
      } else {
        dst[i] = src[q++];
      }
    }
  }

  private static void insertionSort(int[] values, int from, int to, IndexOrder order) {
    for (int i = from + 1; i < to; i++) {
      int v = values[i];
      int j = i - 1;
      while (j >= from && order.compare(values[j], v) > 0) {
        values[j + 1] = values[j];
        j--;
      }
      values[j + 1] = v;
    }
  }
}
