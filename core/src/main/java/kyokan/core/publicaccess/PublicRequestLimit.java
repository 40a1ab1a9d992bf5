package kyokan.core.publicaccess;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import kyokan.core.db.Database;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * How many requests one address may send to the public pages (pages open without login) in a fixed window,
 * counted in the database so every process sharing it counts together. Addresses are kept only as a hash.
 */
public final class PublicRequestLimit {
  /** Requests per address and window: a person answering a survey needs a handful; a flood is refused. */
  public static final int LIMIT = 30;
  public static final Duration WINDOW = Duration.ofMinutes(10);
  private final Database db;
  private final Clock clock;
  private final int limit;

  public PublicRequestLimit(Database db, Clock clock) {
    this(db, clock, LIMIT);
  }

  PublicRequestLimit(Database db, Clock clock, int limit) {
    this.db = db;
    this.clock = clock;
    this.limit = limit;
    db.addMapper(PublicRequestMapper.class);
  }

  /** Counts this request; false when the address has already used its requests in this window. */
  public boolean allow(String address) {
    String hash = hash(address == null ? "" : address);
    Instant now = clock.instant();
    Instant window = Instant.ofEpochSecond(now.getEpochSecond() - Math.floorMod(now.getEpochSecond(), WINDOW.toSeconds()));
    return count(hash, window) <= limit;
  }

  private int count(String hash, Instant window) {
    try {
      return db.write(s -> {
        PublicRequestMapper m = s.getMapper(PublicRequestMapper.class);
        if (m.addHit(hash, window) == 0) {
          m.insertFirstHit(hash, window);
          // The first request of a window clears the windows that have passed, so the table stays small.
          m.deleteBefore(window.minus(WINDOW));
        }
        return m.selectHits(hash, window);
      });
    } catch (PersistenceException raceOnFirstHit) {
      // Another process inserted the window's row between our update and insert: count on that row.
      return db.write(s -> {
        PublicRequestMapper m = s.getMapper(PublicRequestMapper.class);
        m.addHit(hash, window);
        return m.selectHits(hash, window);
      });
    }
  }

  static String hash(String address) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
