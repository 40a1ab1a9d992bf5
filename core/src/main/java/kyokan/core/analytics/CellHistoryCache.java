package kyokan.core.analytics;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Cell histories by key, for services outside this package that keep them per (client, data version,
 * thresholds version, …): each computed once however many threads ask, the least recently used dropped
 * beyond a heap budget. See {@link ResultCache}.
 */
public final class CellHistoryCache<K> {
  private final ResultCache<K, CellHistory> cache;

  public CellHistoryCache(long maxBytes) {
    cache = new ResultCache<>(maxBytes, CellHistory::approximateBytes);
  }

  public CellHistory get(K key, Supplier<CellHistory> compute) {
    return cache.get(key, compute);
  }

  /** Drops every history whose key matches, e.g. those of a data or thresholds version that is not current. */
  public void removeIf(Predicate<K> stale) {
    cache.removeIf(stale);
  }

  public int size() {
    return cache.size();
  }
}
