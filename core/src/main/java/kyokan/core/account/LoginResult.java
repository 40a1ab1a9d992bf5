package kyokan.core.account;

import java.util.Optional;

/** The outcome of a login attempt. Failure does not say whether the e-mail or the password was wrong. */
public record LoginResult(Outcome outcome, Optional<User> user) {
  public enum Outcome { SUCCESS, FAILED, THROTTLED }

  static LoginResult success(User user) { return new LoginResult(Outcome.SUCCESS, Optional.of(user)); }
  static LoginResult failed() { return new LoginResult(Outcome.FAILED, Optional.empty()); }
  static LoginResult throttled() { return new LoginResult(Outcome.THROTTLED, Optional.empty()); }
}
