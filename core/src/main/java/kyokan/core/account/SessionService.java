package kyokan.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import kyokan.core.db.Database;

/**
 * Login sessions kept in the database, so a restart does not log everyone out. Sessions idle for
 * longer than {@link #IDLE_LIMIT} end.
 */
public final class SessionService {
  static final Duration IDLE_LIMIT = Duration.ofHours(12);
  // Writing last-seen on every request would serialize page views on one row; once a minute is enough.
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Database db;
  private final AccountService accounts;
  private final Clock clock;

  public SessionService(Database db, AccountService accounts, Clock clock) {
    this.db = db;
    this.accounts = accounts;
    this.clock = clock;
  }

  public UserSession start(User user) {
    String token = randomToken();
    String csrf = randomToken();
    Instant now = clock.instant();
    db.writeVoid(s -> {
      SessionMapper sessions = s.getMapper(SessionMapper.class);
      sessions.deleteIdleSince(now.minus(IDLE_LIMIT));
      sessions.insertSession(SessionRow.of(sha256(token), user.getId(), csrf, now));
    });
    return new UserSession(token, user, csrf);
  }

  public Optional<UserSession> find(String token) {
    if (token == null || token.isBlank()) return Optional.empty();
    String hash = sha256(token);
    SessionRow row = db.read(s -> s.getMapper(SessionMapper.class).selectByTokenHash(hash));
    Instant now = clock.instant();
    if (row == null || row.getLastSeenAt().isBefore(now.minus(IDLE_LIMIT))) return Optional.empty();
    if (row.getLastSeenAt().isBefore(now.minus(TOUCH_EVERY))) {
      db.writeVoid(s -> s.getMapper(SessionMapper.class).touchSession(hash, now));
    }
    return accounts.find(row.getUserId()).map(user -> new UserSession(token, user, row.getCsrfToken()));
  }

  public void end(String token) {
    if (token == null) return;
    db.writeVoid(s -> s.getMapper(SessionMapper.class).deleteSession(sha256(token)));
  }

  /** 256 random bits, URL-safe: used for session tokens and CSRF tokens. */
  public static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
