package kyokan.core.analytics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Keys for the order numbers of lines as the loader reads them. The lines come grouped by customer (the
 * loader's index hands them over in ledger order), so a number is looked up only among the current run
 * of one customer's lines: no table of every order number in the ledger, which took 300–400 ms of a cold
 * million-line load. A key stands for one number within one run; {@link #interned} makes keys equal
 * wherever the numbers are, for lines that turn out not to be grouped after all.
 */
final class RunOrderNumbers {
  // Beyond this many numbers in one run, a hash map finds them rather than a look along the run.
  private static final int LINEAR = 16;
  private String[] numbers = new String[1024];
  private int size;
  private long runCustomer = Long.MIN_VALUE;
  private int runStart;
  private Map<String, Integer> runIndex;

  /** The key of {@code orderNo} on a line of {@code customerId}; {@link OrderNumbers#NONE} for none. */
  int key(long customerId, String orderNo) {
    if (orderNo == null) return OrderNumbers.NONE;
    if (customerId != runCustomer) {
      runCustomer = customerId;
      runStart = size;
      runIndex = null;
    }
    if (runIndex != null) {
      Integer key = runIndex.get(orderNo);
      if (key != null) return key;
    } else {
      // Newest first: the lines of one order arrive together.
      for (int key = size - 1; key >= runStart; key--) {
        if (numbers[key].equals(orderNo)) return key;
      }
    }
    return add(orderNo);
  }

  private int add(String orderNo) {
    if (size == numbers.length) numbers = Arrays.copyOf(numbers, size * 2);
    int key = size++;
    numbers[key] = orderNo;
    if (runIndex != null) {
      runIndex.put(orderNo, key);
    } else if (size - runStart > LINEAR) {
      runIndex = new HashMap<>();
      for (int k = runStart; k < size; k++) runIndex.put(numbers[k], k);
    }
    return key;
  }

  /** Each key's key in {@code interned}, where equal numbers share one. */
  int[] interned(OrderNumbers interned) {
    int[] keys = new int[size];
    for (int k = 0; k < size; k++) keys[k] = interned.key(numbers[k]);
    return keys;
  }
}
