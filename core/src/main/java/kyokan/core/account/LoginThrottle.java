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
      Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
      synchronized (times) {
        times.addLast(now);
      }
    }
  }

  public void recordSuccess(String account) {
    failures.remove("a:" + account);
  }

  private int recent(String key) {
    Deque<Instant> times = failures.get(key);
    if (times == null) return 0;
    Instant cutoff = clock.instant().minus(WINDOW);
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) times.removeFirst();
      return times.size();
    }
  }
}
