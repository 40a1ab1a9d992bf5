package kyokan.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResultCacheTest {

  @Test
  void concurrentAsksForOneKeyComputeOnce() throws Exception {
    ResultCache<String, Integer> cache = new ResultCache<>(10, v -> 1);
    AtomicInteger computations = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        answers.add(pool.submit(() -> cache.get("k", () -> {
          computations.incrementAndGet();
          await(release);
          return 42;
        })));
      }
      Thread.sleep(100);
      release.countDown();
      for (Future<Integer> answer : answers) assertEquals(42, answer.get(5, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, computations.get());
  }

  @Test
  void aFailedComputationIsForgottenSoTheNextAskTriesAgain() {
    ResultCache<String, Integer> cache = new ResultCache<>(10, v -> 1);

    assertThrows(IllegalStateException.class, () -> cache.get("k", () -> {
      throw new IllegalStateException("database busy");
    }));
    assertEquals(7, cache.get("k", () -> 7));
  }

  @Test
  void beyondItsBudgetTheLeastRecentlyUsedGo() {
    ResultCache<String, Integer> cache = new ResultCache<>(2, v -> 1);
    cache.get("a", () -> 1);
    cache.get("b", () -> 2);
    cache.get("a", () -> -1);
    cache.get("c", () -> 3);

    assertEquals(2, cache.size());
    assertEquals(1, cache.get("a", () -> -1));
    assertEquals(-2, cache.get("b", () -> -2));
  }

  @Test
  void aResultHeavierThanTheWholeBudgetStaysUntilTheNextOne() {
    ResultCache<String, Integer> cache = new ResultCache<>(100, v -> v);
    cache.get("small", () -> 40);
    cache.get("huge", () -> 500);

    assertEquals(1, cache.size());
    assertEquals(500, cache.weight());
    cache.get("small", () -> 40);
    assertEquals(1, cache.size());
  }

  @Test
  void removeIfDropsMatchingEntries() {
    ResultCache<String, Integer> cache = new ResultCache<>(10, v -> 1);
    cache.get("client1-v1", () -> 1);
    cache.get("client2-v1", () -> 2);

    cache.removeIf(key -> key.startsWith("client1"));

    assertEquals(1, cache.size());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
