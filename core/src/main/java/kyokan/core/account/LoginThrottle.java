package kyokan.core.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after too many failures in a window, an account (or an address, with a
 * higher limit since offices share one) is refused until the window has passed.
 */
public final class LoginThrottle {
  static final int ACCOUNT_LIMIT = 5;
  static final int ADDRESS_LIMIT = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  public boolean isBlocked(String account, String address) {
    return recent("a:" + account) >= ACCOUNT_LIMIT || recent("ip:" + address) >= ADDRESS_LIMIT;
  }

  public void recordFailure(String account, String address) {
    Instant now = clock.instant();
    for (String key : new String[] {"a:" + account, "ip:" + address}) {
      failures.compute(key, (k, times) -> {
        Deque<Instant> t = times == null ? new ArrayDeque<>() : times;
        t.addLast(now);
        return t;
      });
    }
  }

  public void recordSuccess(String account) {
    failures.remove("a:" + account);
  }

  private int recent(String key) {
    Instant cutoff = clock.instant().minus(WINDOW);
    // Expired failures are dropped, and a key with none left is forgotten, so the map does not grow forever.
    Deque<Instant> left = failures.computeIfPresent(key, (k, times) -> {
      while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) times.removeFirst();
      return times.isEmpty() ? null : times;
    });
    return left == null ? 0 : left.size();
  }
}
