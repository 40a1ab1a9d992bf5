package kyokan.core.sales;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param page 1-based
 * @param total items in the whole list
 */
public record Page<T>(List<T> items, int page, int size, long total) {
  static final int MAX_SIZE = 200;

  public int pageCount() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasNext() {
    return page < pageCount();
  }

  static int clampPage(int page) {
    return Math.max(1, page);
  }

  static int clampSize(int size) {
    return Math.min(MAX_SIZE, Math.max(1, size));
  }

  static int offset(int page, int size) {
    return (clampPage(page) - 1) * clampSize(size);
  }
}
