package kyokan.core.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing, counted three ways within a window. Failures on one account from one address
 * block that account from that address only, so the owner can still log in from their own. Failures on
 * one account from many addresses, and failures from one address on many accounts, block only where the
 * account has not logged in successfully from that address before: a shop's office sharing one address is
 * never locked out as a whole, and neither is the owner at their usual desk.
 */
public final class LoginThrottle {
  static final int PAIR_LIMIT = 5;
  static final int ACCOUNT_LIMIT = 20;
  static final int ADDRESS_LIMIT = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  /** How long an address where the account logged in counts as the account's own. */
  static final Duration KNOWN_FOR = Duration.ofDays(30);

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Map<String, Instant> knownPairs = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  public boolean isBlocked(String account, String address) {
    if (recent(pair(account, address)) >= PAIR_LIMIT) return true;
    if (isKnown(account, address)) return false;
    return recent("a:" + account) >= ACCOUNT_LIMIT || recent("ip:" + address) >= ADDRESS_LIMIT;
  }

  public void recordFailure(String account, String address) {
    Instant now = clock.instant();
    for (String key : new String[] {pair(account, address), "a:" + account, "ip:" + address}) {
      failures.compute(key, (k, times) -> {
        Deque<Instant> t = times == null ? new ArrayDeque<>() : times;
        t.addLast(now);
        return t;
      });
    }
  }

  /** The account logged in from the address: its failures there are forgotten and the address becomes its own. */
  public void recordSuccess(String account, String address) {
    Instant now = clock.instant();
    failures.remove(pair(account, address));
    knownPairs.values().removeIf(at -> at.isBefore(now.minus(KNOWN_FOR)));
    knownPairs.put(pair(account, address), now);
  }

  private boolean isKnown(String account, String address) {
    Instant at = knownPairs.get(pair(account, address));
    return at != null && at.isAfter(clock.instant().minus(KNOWN_FOR));
  }

  private static String pair(String account, String address) {
    return "p:" + address + "|" + account;
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
