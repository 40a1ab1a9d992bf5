package kyokan.core.account;

import static kyokan.core.TestDatabase.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import kyokan.core.TestDatabase;
import kyokan.core.account.LoginResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginThrottleTest {
  private static final String ADDRESS = "203.0.113.7";
  private static final String YAMADA = "yamada@example.jp";

  @TempDir Path dir;
  private TestDatabase data;
  private AccountService accounts;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    accounts = data.accounts();
    data.consultant(YAMADA);
    data.consultant("suzuki@example.jp");
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void sixthAttemptAfterFiveFailuresIsThrottledEvenWithTheRightPassword() {
    failTimes(YAMADA, 5);

    assertEquals(Outcome.THROTTLED, login(YAMADA, PASSWORD, ADDRESS));
  }

  @Test
  void anAccountLockedFromOneAddressStillLogsInFromTheOwnersOwn() {
    failTimes(YAMADA, 5);

    assertEquals(Outcome.SUCCESS, login(YAMADA, PASSWORD, "198.51.100.1"), "locked for that address only");
    assertEquals(Outcome.THROTTLED, login(YAMADA, PASSWORD, ADDRESS));
  }

  @Test
  void guessesFromManyAddressesLockTheAccountEverywhereButWhereItLoggedInBefore() {
    String home = "198.51.100.1";
    assertEquals(Outcome.SUCCESS, login(YAMADA, PASSWORD, home));
    for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
      assertEquals(Outcome.FAILED, login(YAMADA, "wrong-password", "203.0.113." + (100 + i)));
    }

    assertEquals(Outcome.THROTTLED, login(YAMADA, PASSWORD, "192.0.2.55"), "a new address waits");
    assertEquals(Outcome.SUCCESS, login(YAMADA, PASSWORD, home), "the owner's own address does not");
  }

  @Test
  void aSharedOfficeAddressIsNeverLockedOutForItsOwnUsers() {
    assertEquals(Outcome.SUCCESS, login("suzuki@example.jp", PASSWORD, ADDRESS));
    for (int i = 0; i < 40; i++) login("guess" + i + "@example.jp", "password-guess", ADDRESS);

    assertEquals(Outcome.SUCCESS, login("suzuki@example.jp", PASSWORD, ADDRESS), "a colleague who logged in here before");
    assertEquals(Outcome.THROTTLED, login(YAMADA, PASSWORD, ADDRESS), "an account never used from here waits");
  }

  @Test
  void accountWorksAgainOnceTheWindowHasPassed() {
    failTimes(YAMADA, 5);
    data.clock().advance(Duration.ofMinutes(14));
    assertEquals(Outcome.THROTTLED, login(YAMADA, PASSWORD, ADDRESS));

    data.clock().advance(Duration.ofMinutes(1).plusSeconds(1));

    assertEquals(Outcome.SUCCESS, login(YAMADA, PASSWORD, ADDRESS));
  }

  @Test
  void throttlingOneAccountLeavesOthersAlone() {
    failTimes(YAMADA, 5);

    assertEquals(Outcome.SUCCESS, login("suzuki@example.jp", PASSWORD, ADDRESS));
  }

  @Test
  void successForgetsTheAccountsEarlierFailures() {
    failTimes(YAMADA, 4);
    assertEquals(Outcome.SUCCESS, login(YAMADA, PASSWORD, ADDRESS));
    failTimes(YAMADA, 4);

    assertEquals(Outcome.SUCCESS, login(YAMADA, PASSWORD, ADDRESS));
  }

  @Test
  void twentyFailuresFromOneAddressBlockEveryAccountFromIt() {
    for (int i = 0; i < 20; i++) {
      assertEquals(Outcome.FAILED, login("guess" + i + "@example.jp", "password-guess", ADDRESS));
    }

    assertEquals(Outcome.THROTTLED, login(YAMADA, PASSWORD, ADDRESS));
    assertEquals(Outcome.SUCCESS, login(YAMADA, PASSWORD, "198.51.100.1"));
  }

  private void failTimes(String email, int times) {
    for (int i = 0; i < times; i++) {
      assertEquals(Outcome.FAILED, login(email, "wrong-password", ADDRESS));
    }
  }

  private Outcome login(String email, String password, String address) {
    return accounts.authenticate(email, password, address).outcome();
  }
}
