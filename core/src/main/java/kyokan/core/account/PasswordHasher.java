package kyokan.core.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.nio.charset.StandardCharsets;

/** bcrypt (at.favre.lib) with a SHA-512 pre-hash, so long Japanese passphrases are not cut at 72 bytes. */
public final class PasswordHasher {
  private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2Y;
  private final int cost;

  /** @param cost bcrypt work factor; 12 in production, lower only in tests. */
  public PasswordHasher(int cost) {
    this.cost = cost;
  }

  public String hash(String password) {
    return new String(
        BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION))
            .hash(cost, password.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.US_ASCII);
  }

  public boolean matches(String password, String hash) {
    return BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION))
        .verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.US_ASCII))
        .verified;
  }
}
