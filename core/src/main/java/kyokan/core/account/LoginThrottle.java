package kyokan.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import kyokan.core.db.Database;

/**
 * Slows password guessing, counted three ways within a window. Failures on one account from one address
 * block that account from that address only, so the owner can still log in from their own. Failures on
 * one account from many addresses, and failures from one address on many accounts, block only where the
 * account has not logged in successfully from that address before: a shop's office sharing one address is
 * never locked out as a whole, and neither is the owner at their usual desk. Counted in the database, so
 * guesses spread over several workbench processes behind one address count as one.
 */
public final class LoginThrottle {
  static final int PAIR_LIMIT = 5;
  static final int ACCOUNT_LIMIT = 20;
  static final int ADDRESS_LIMIT = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  /** How long an address where the account logged in counts as the account's own. */
  static final Duration KNOWN_FOR = Duration.ofDays(30);

  private final Database db;
  private final Clock clock;

  public LoginThrottle(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public boolean isBlocked(String account, String address) {
    Instant since = clock.instant().minus(WINDOW);
    return db.read(s -> {
      LoginThrottleMapper m = s.getMapper(LoginThrottleMapper.class);
      if (m.countFailuresSince(pair(account, address), since) >= PAIR_LIMIT) return true;
      if (m.countKnownSince(pair(account, address), clock.instant().minus(KNOWN_FOR)) > 0) return false;
      return m.countFailuresSince(key("a:" + account), since) >= ACCOUNT_LIMIT
          || m.countFailuresSince(key("ip:" + address), since) >= ADDRESS_LIMIT;
    });
  }

  public void recordFailure(String account, String address) {
    Instant now = clock.instant();
    db.writeVoid(s -> {
      LoginThrottleMapper m = s.getMapper(LoginThrottleMapper.class);
      // Failures older than the window count for nothing: dropped, so the table does not grow forever.
      m.deleteFailuresBefore(now.minus(WINDOW));
      for (String key : new String[] {pair(account, address), key("a:" + account), key("ip:" + address)}) {
        m.insertFailure(key, now);
      }
    });
  }

  /** The account logged in from the address: its failures there are forgotten and the address becomes its own. */
  public void recordSuccess(String account, String address) {
    Instant now = clock.instant();
    String pair = pair(account, address);
    db.writeVoid(s -> {
      LoginThrottleMapper m = s.getMapper(LoginThrottleMapper.class);
      m.deleteFailures(pair);
      m.deleteKnownBefore(now.minus(KNOWN_FOR));
      m.deleteKnown(pair);
      m.insertKnown(pair, now);
    });
  }

  private static String pair(String account, String address) {
    return key("p:" + address + "|" + account);
  }

  private static String key(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
