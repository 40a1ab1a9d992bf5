package kyokan.core.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.db.Database;

/** Consultant and client-user accounts: creation, login with throttling, password changes. */
public final class AccountService {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final Database db;
  private final PasswordHasher hasher;
  private final LoginThrottle throttle;
  private final Clock clock;
  // Compared against when the e-mail is unknown, so a miss costs as long as a wrong password.
  private final String decoyHash;

  public AccountService(Database db, PasswordHasher hasher, LoginThrottle throttle, Clock clock) {
    this.db = db;
    this.hasher = hasher;
    this.throttle = throttle;
    this.clock = clock;
    this.decoyHash = hasher.hash("decoy-password-never-used");
  }

  public User createConsultant(String email, String displayName, String password) {
    return create(email, displayName, Role.CONSULTANT, null, password, false);
  }

  /** A client's user; the consultant sets the first password, which must be changed at first login. */
  public User createClientUser(long clientId, String email, String displayName, String initialPassword) {
    return create(email, displayName, Role.CLIENT, clientId, initialPassword, true);
  }

  /** A user whose password is known to be theirs already (demo accounts). */
  public User createClientUserWithOwnPassword(long clientId, String email, String displayName, String password) {
    return create(email, displayName, Role.CLIENT, clientId, password, false);
  }

  private User create(String email, String displayName, Role role, Long clientId, String password, boolean mustChange) {
    String normalized = normalizeEmail(email);
    if (!EMAIL.matcher(normalized).matches()) throw new ValidationException("email", "error.email.invalid");
    if (displayName == null || displayName.isBlank()) throw new ValidationException("displayName", "error.required");
    PasswordPolicy.check("password", password, normalized);
    return db.write(session -> {
      UserMapper users = session.getMapper(UserMapper.class);
      if (users.selectByEmail(normalized) != null) throw new ValidationException("email", "error.email.taken");
      User user = User.of(normalized, displayName.strip(), role, clientId, hasher.hash(password), mustChange, clock.instant());
      users.insertUser(user);
      return user;
    });
  }

  public LoginResult authenticate(String email, String password, String address) {
    String normalized = normalizeEmail(email);
    if (throttle.isBlocked(normalized, address)) return LoginResult.throttled();
    User user = db.read(s -> s.getMapper(UserMapper.class).selectByEmail(normalized));
    boolean ok = hasher.matches(password == null ? "" : password, user == null ? decoyHash : user.getPasswordHash());
    if (user == null || !ok || !user.isActive()) {
      throttle.recordFailure(normalized, address);
      return LoginResult.failed();
    }
    throttle.recordSuccess(normalized, address);
    return LoginResult.success(user);
  }

  /**
   * Sets a new password and ends every other session of the user: whoever else knew the old password is
   * logged out. {@code keepSessionToken} is the session that made the change (null ends them all).
   */
  public void changePassword(long userId, String currentPassword, String newPassword, String keepSessionToken) {
    User user = get(userId);
    if (!hasher.matches(currentPassword == null ? "" : currentPassword, user.getPasswordHash())) {
      throw new ValidationException("currentPassword", "error.password.current");
    }
    PasswordPolicy.check("newPassword", newPassword, user.getEmail());
    if (newPassword.equals(currentPassword)) throw new ValidationException("newPassword", "error.password.same");
    String hash = hasher.hash(newPassword);
    db.writeVoid(s -> {
      s.getMapper(UserMapper.class).updatePassword(userId, hash, false);
      s.getMapper(SessionMapper.class).deleteOtherSessions(userId,
          keepSessionToken == null ? "" : SessionService.sha256(keepSessionToken));
    });
  }

  public User get(long userId) {
    return find(userId).orElseThrow(() -> new NotFoundException("user " + userId));
  }

  public Optional<User> find(long userId) {
    return Optional.ofNullable(db.read(s -> s.getMapper(UserMapper.class).selectById(userId)));
  }

  public Optional<User> findByEmail(String email) {
    return Optional.ofNullable(db.read(s -> s.getMapper(UserMapper.class).selectByEmail(normalizeEmail(email))));
  }

  public List<User> usersOfClient(long clientId) {
    return db.read(s -> s.getMapper(UserMapper.class).selectByClient(clientId));
  }

  /** The consultants, first registered first. */
  public List<User> consultants() {
    return db.read(s -> s.getMapper(UserMapper.class).selectConsultants());
  }

  public boolean hasConsultant() {
    return db.read(s -> s.getMapper(UserMapper.class).countConsultants()) > 0;
  }

  private static String normalizeEmail(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }
}
