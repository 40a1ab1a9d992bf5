package kyokan.core.account;

import static kyokan.core.TestDatabase.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import kyokan.core.TestDatabase;
import kyokan.core.ValidationException;
import kyokan.core.account.LoginResult.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class AccountServiceTest {
  private static final String ADDRESS = "203.0.113.7";
  private static final String NEW_PASSWORD = "kissaten-no-asa-7";

  @TempDir Path dir;
  private TestDatabase data;
  private AccountService accounts;
  private User owner;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    accounts = data.accounts();
    User consultant = data.consultant("yamada@example.jp");
    owner = accounts.createClientUser(data.client(consultant, "さくら珈琲店").getId(),
        "owner@sakura.example.jp", "佐藤 一郎", PASSWORD);
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void rightPasswordLogsInWhateverTheCaseOfTheEmail() {
    LoginResult result = accounts.authenticate(" Yamada@Example.JP ", PASSWORD, ADDRESS);

    assertEquals(Outcome.SUCCESS, result.outcome());
    assertEquals("yamada@example.jp", result.user().orElseThrow().getEmail());
  }

  @Test
  void wrongPasswordAndUnknownEmailFailAlike() {
    LoginResult wrongPassword = accounts.authenticate("yamada@example.jp", "not-the-password", ADDRESS);
    LoginResult unknownEmail = accounts.authenticate("nobody@example.jp", PASSWORD, ADDRESS);

    assertEquals(Outcome.FAILED, wrongPassword.outcome());
    assertEquals(wrongPassword, unknownEmail);
  }

  @Test
  void clientUserMustChangeTheFirstPassword() {
    assertTrue(owner.isMustChangePassword());

    accounts.changePassword(owner.getId(), PASSWORD, NEW_PASSWORD, null);

    assertFalse(accounts.get(owner.getId()).isMustChangePassword());
    assertEquals(Outcome.SUCCESS, accounts.authenticate(owner.getEmail(), NEW_PASSWORD, ADDRESS).outcome());
    assertEquals(Outcome.FAILED, accounts.authenticate(owner.getEmail(), PASSWORD, ADDRESS).outcome());
  }

  @Test
  void changePasswordRefusesAWrongCurrentPassword() {
    assertRefusedAndUnchanged("currentPassword", "error.password.current",
        () -> accounts.changePassword(owner.getId(), "not-the-password", NEW_PASSWORD, null));
  }

  @Test
  void changePasswordRefusesAShortNewPassword() {
    assertRefusedAndUnchanged("newPassword", "error.password.short",
        () -> accounts.changePassword(owner.getId(), PASSWORD, "123456789", null));
  }

  @Test
  void changePasswordRefusesBlankRepeatedOwnEmailAndCommonPasswords() {
    String email = owner.getEmail();
    assertRefusedAndUnchanged("newPassword", "error.password.blank", () -> accounts.changePassword(owner.getId(), PASSWORD, " ".repeat(10), null));
    assertRefusedAndUnchanged("newPassword", "error.password.repeated", () -> accounts.changePassword(owner.getId(), PASSWORD, "aaaaaaaaaa", null));
    assertRefusedAndUnchanged("newPassword", "error.password.email", () -> accounts.changePassword(owner.getId(), PASSWORD, email, null));
    assertRefusedAndUnchanged("newPassword", "error.password.email", () -> accounts.changePassword(owner.getId(), PASSWORD, email.toUpperCase(), null));
    for (String common : new String[] {"1234567890", "qwertyuiop", "Password12", "dragondragon", "baseball!!"}) {
      assertRefusedAndUnchanged("newPassword", "error.password.common", () -> accounts.changePassword(owner.getId(), PASSWORD, common, null));
    }
  }

  @Test
  void changingThePasswordEndsTheUsersOtherSessions() {
    SessionService sessions = new SessionService(data.db(), accounts, data.clock());
    UserSession here = sessions.start(owner);
    UserSession elsewhere = sessions.start(owner);

    accounts.changePassword(owner.getId(), PASSWORD, NEW_PASSWORD, here.token());

    assertTrue(sessions.find(here.token()).isPresent(), "the session that changed it goes on");
    assertTrue(sessions.find(elsewhere.token()).isEmpty(), "whoever else knew the old password is logged out");
  }

  @Test
  void changePasswordRefusesTheSamePassword() {
    assertRefusedAndUnchanged("newPassword", "error.password.same",
        () -> accounts.changePassword(owner.getId(), PASSWORD, PASSWORD, null));
  }

  @Test
  void duplicateEmailIsRefusedWhateverItsCase() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> accounts.createConsultant("YAMADA@example.jp", "別の山田", "another-password-1"));

    assertEquals(Map.of("email", "error.email.taken"), e.problems());
    assertEquals("山田 花子", accounts.findByEmail("yamada@example.jp").orElseThrow().getDisplayName());
  }

  @Test
  void passwordIsStoredHashed() {
    String stored = accounts.findByEmail("yamada@example.jp").orElseThrow().getPasswordHash();

    assertNotEquals(PASSWORD, stored);
    assertFalse(stored.contains(PASSWORD));
    assertTrue(new PasswordHasher(4).matches(PASSWORD, stored));
  }

  private void assertRefusedAndUnchanged(String field, String messageKey, Executable change) {
    ValidationException e = assertThrows(ValidationException.class, change);

    assertEquals(Map.of(field, messageKey), e.problems());
    assertTrue(accounts.get(owner.getId()).isMustChangePassword());
    assertEquals(Outcome.SUCCESS, accounts.authenticate(owner.getEmail(), PASSWORD, ADDRESS).outcome());
  }
}
