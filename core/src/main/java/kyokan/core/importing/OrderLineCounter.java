package kyokan.core.importing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Numbers the lines of each order in file order. Only the most recent orders are remembered, so memory
 * stays flat on any file; exports write an order's lines together, so an order seen again after ten
 * thousand others does not happen in practice.
 */
final class OrderLineCounter {
  private static final int REMEMBERED_ORDERS = 10_000;

  private final Map<String, Integer> linesSoFar = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
      return size() > REMEMBERED_ORDERS;
    }
  };

  /** The 1-based position of this line among the lines of its order read so far. */
  int next(String orderNo) {
    return linesSoFar.merge(orderNo, 1, Integer::sum);
  }
}
