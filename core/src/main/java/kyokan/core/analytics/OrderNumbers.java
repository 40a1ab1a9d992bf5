package kyokan.core.analytics;

import java.util.Arrays;

/**
 * The order numbers of one ledger, each given a dense int key once, so that grouping lines into orders
 * compares ints rather than strings. Open addressing on arrays: no node or boxed key per number, which
 * matters at a million lines.
 */
final class OrderNumbers {
  /** The key of "no order number". */
  static final int NONE = -1;
  private String[] numbers = new String[1024];
  private int size;
  // slots hold key + 1 (0 = empty) and the number's hash, so that growing needs no rehashing of strings.
  private int[] slots = new int[2048];
  private int[] hashes = new int[2048];
  private String previous;
  private int previousKey = NONE;

  int key(String orderNo) {
    if (orderNo == null) return NONE;
    // Lines of one order usually arrive together.
    if (orderNo.equals(previous)) return previousKey;
    int hash = orderNo.hashCode();
    int mask = slots.length - 1;
    int i = mix(hash) & mask;
    while (slots[i] != 0) {
      int key = slots[i] - 1;
      if (hashes[i] == hash && numbers[key].equals(orderNo)) return remember(orderNo, key);
      i = (i + 1) & mask;
    }
    if (size == numbers.length) numbers = Arrays.copyOf(numbers, size * 2);
    numbers[size] = orderNo;
    slots[i] = size + 1;
    hashes[i] = hash;
    int key = size++;
    if (size * 2 > slots.length) grow();
    return remember(orderNo, key);
  }

  /** Null for {@link #NONE}. */
  String number(int key) {
    return key == NONE ? null : numbers[key];
  }

  int size() {
    return size;
  }

  private int remember(String orderNo, int key) {
    previous = orderNo;
    previousKey = key;
    return key;
  }

  private void grow() {
    int[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new int[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int j = 0; j < oldSlots.length; j++) {
      if (oldSlots[j] == 0) continue;
      int i = mix(oldHashes[j]) & mask;
      while (slots[i] != 0) i = (i + 1) & mask;
      slots[i] = oldSlots[j];
      hashes[i] = oldHashes[j];
    }
  }

  private static int mix(int hash) {
    return hash ^ (hash >>> 16);
  }
}
