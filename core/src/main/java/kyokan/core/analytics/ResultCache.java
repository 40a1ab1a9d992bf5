package kyokan.core.analytics;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Computed results by key, each computed once however many threads ask at the same time, without a lock
 * held while computing (the map holds futures; the first asker computes, the others wait on its future).
 * A failed computation is forgotten so the next ask tries again. Each result has a weight (about its
 * bytes); past {@code maxWeight} in all, the least recently used results go, never the one just made.
 * Public for services outside this package that cache what they compute from the ledger the same way.
 */
public final class ResultCache<K, V> {
  private static final class Entry<V> {
    final CompletableFuture<V> future = new CompletableFuture<>();
    final AtomicLong lastUsed;
    volatile long weight;

    Entry(long now) {
      lastUsed = new AtomicLong(now);
    }
  }

  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final AtomicLong clock = new AtomicLong();
  private final long maxWeight;
  private final ToLongFunction<V> weigher;

  public ResultCache(long maxWeight, ToLongFunction<V> weigher) {
    this.maxWeight = maxWeight;
    this.weigher = weigher;
  }

  public V get(K key, Supplier<V> compute) {
    Entry<V> mine = new Entry<>(clock.incrementAndGet());
    Entry<V> existing = entries.putIfAbsent(key, mine);
    if (existing != null) {
      existing.lastUsed.set(clock.incrementAndGet());
      return join(existing.future);
    }
    V value;
    try {
      value = compute.get();
    } catch (RuntimeException | Error e) {
      entries.remove(key, mine);
      mine.future.completeExceptionally(e);
      throw e;
    }
    mine.weight = weigher.applyAsLong(value);
    mine.future.complete(value);
    evictBeyondLimit(mine);
    return value;
  }

  /** Drops every entry whose key matches, e.g. results of a data version that is not current any more. */
  public void removeIf(Predicate<K> stale) {
    entries.keySet().removeIf(stale);
  }

  public int size() {
    return entries.size();
  }

  /** The weight of the finished results held. */
  long weight() {
    long total = 0;
    for (Entry<V> entry : entries.values()) {
      if (entry.future.isDone()) total += entry.weight;
    }
    return total;
  }

  // Totals are summed afresh each time: a handful of entries, and no running sum to keep right under races.
  private void evictBeyondLimit(Entry<V> keep) {
    while (weight() > maxWeight) {
      K oldest = null;
      long oldestUse = Long.MAX_VALUE;
      for (Map.Entry<K, Entry<V>> e : entries.entrySet()) {
        Entry<V> entry = e.getValue();
        if (entry != keep && entry.future.isDone() && entry.lastUsed.get() < oldestUse) {
          oldest = e.getKey();
          oldestUse = entry.lastUsed.get();
        }
      }
      if (oldest == null) return;
      entries.remove(oldest);
    }
  }

  private static <V> V join(CompletableFuture<V> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error r) throw r;
      throw e;
    }
  }
}
