package kyokan.web.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18.5 through the form: weak new passwords are refused with the reason, and a change logs out the user's other browsers. */
class PasswordChangeTest {
  @TempDir static Path temp;
  static TestHost host;
  static Fixture fixture;

  @BeforeAll
  static void start() {
    host = TestHost.start(temp);
    fixture = new Fixture(host.services());
  }

  @AfterAll
  static void stop() {
    host.close();
  }

  @Test
  void weakPasswordsAreRefusedWithTheReason() {
    WebClient owner = host.client().login(fixture.userX.getEmail(), Fixture.PASSWORD);
    Map<String, String> refused = Map.of(
        " ".repeat(10), "空白だけのパスワードは使えません。",
        "aaaaaaaaaa", "同じ文字を繰り返しただけのパスワードは使えません。",
        fixture.userX.getEmail(), "ご自分のメールアドレスはパスワードに使えません。",
        "qwertyuiop", "よく使われていて推測されやすいパスワードです。");
    refused.forEach((password, message) -> {
      owner.get("/account/password");
      WebClient.Response r = owner.post("/account/password", Map.of("currentPassword", Fixture.PASSWORD, "newPassword", password));
      assertEquals(400, r.status(), password);
      assertTrue(r.body().contains(message), password);
    });
    assertEquals(302, host.client().post("/login", Map.of("email", fixture.userX.getEmail(), "password", Fixture.PASSWORD)).status(),
        "nothing was changed");
  }

  @Test
  void changingThePasswordLogsOutTheOtherBrowsers() {
    String email = host.services().accounts().createClientUserWithOwnPassword(fixture.clientX.getId(),
        "two-browsers@test.kyokan.jp", "二台 使う人", Fixture.PASSWORD).getEmail();
    WebClient laptop = host.client().login(email, Fixture.PASSWORD);
    WebClient phone = host.client().login(email, Fixture.PASSWORD);
    String home = "/clients/" + fixture.clientX.getId();
    assertEquals(200, phone.get(home).status());

    laptop.get("/account/password");
    WebClient.Response changed = laptop.post("/account/password",
        Map.of("currentPassword", Fixture.PASSWORD, "newPassword", "hikidashi-no-oku-42"));
    assertEquals(302, changed.status());

    assertEquals(200, laptop.get(home).status(), "the browser that changed it stays logged in");
    WebClient.Response other = phone.get(home);
    assertEquals(302, other.status());
    assertTrue(other.location().startsWith("/login"), "the other browser must log in again");
  }
}
