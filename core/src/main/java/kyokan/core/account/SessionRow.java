package kyokan.core.account;

import java.time.Instant;

/** A stored session; the browser's token itself is never stored, only its SHA-256. */
public class SessionRow {
  private String tokenHash;
  private long userId;
  private String csrfToken;
  private Instant createdAt;
  private Instant lastSeenAt;

  public String getTokenHash() { return tokenHash; }
  public long getUserId() { return userId; }
  public String getCsrfToken() { return csrfToken; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getLastSeenAt() { return lastSeenAt; }

  static SessionRow of(String tokenHash, long userId, String csrfToken, Instant now) {
    SessionRow row = new SessionRow();
    row.tokenHash = tokenHash;
    row.userId = userId;
    row.csrfToken = csrfToken;
    row.createdAt = now;
    row.lastSeenAt = now;
    return row;
  }
}
