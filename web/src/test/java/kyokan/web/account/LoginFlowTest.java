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

class LoginFlowTest {
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
  void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
    WebClient.Response wrongPassword = host.client().post("/login", Map.of("email", fixture.userX.getEmail(), "password", "not-the-password"));
    WebClient.Response unknown = host.client().post("/login", Map.of("email", "nobody@test.kyokan.jp", "password", "not-the-password"));
    assertEquals(401, wrongPassword.status());
    assertEquals(401, unknown.status());
    assertTrue(wrongPassword.body().contains("メールアドレスまたはパスワードが正しくありません。"));
    assertEquals(errorOf(wrongPassword), errorOf(unknown));
  }

  @Test
  void repeatedFailuresBlockTheAccountEvenWithTheRightPassword() {
    String email = host.services().accounts().createClientUserWithOwnPassword(fixture.clientX.getId(),
        "throttled@test.kyokan.jp", "T", Fixture.PASSWORD).getEmail();
    for (int i = 0; i < 5; i++) host.client().post("/login", Map.of("email", email, "password", "wrong-password-" + i));
    WebClient.Response blocked = host.client().post("/login", Map.of("email", email, "password", Fixture.PASSWORD));
    assertEquals(429, blocked.status());
    assertTrue(blocked.body().contains("しばらくログインできません"));
  }

  @Test
  void postWithoutTheFormTokenIsRefused() {
    WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
    WebClient.Response r = consultant.postRaw("/clients", Map.of("name", "CSRFテスト", "businessType", "喫茶店"));
    assertEquals(403, r.status());
    assertTrue(r.body().contains("フォームの有効期限が切れました"));
    WebClient.Response forged = consultant.postRaw("/clients", Map.of("name", "CSRFテスト", "businessType", "喫茶店", "_csrf", "forged"));
    assertEquals(403, forged.status());
    assertTrue(host.services().clients().clientsOf(fixture.consultantA).stream().noneMatch(c -> c.getName().equals("CSRFテスト")));
  }

  @Test
  void aNewClientUserMustChangeTheInitialPasswordFirst() {
    WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
    consultant.get("/clients/" + fixture.clientX.getId());
    WebClient.Response created = consultant.post("/clients/" + fixture.clientX.getId() + "/users",
        Map.of("displayName", "新しい 店員", "email", "new-staff@test.kyokan.jp", "password", "initial-pass-123"));
    assertEquals(302, created.status());

    WebClient staff = host.client();
    WebClient.Response login = staff.post("/login", Map.of("email", "new-staff@test.kyokan.jp", "password", "initial-pass-123"));
    assertEquals("/account/password", login.location());
    WebClient.Response home = staff.get("/clients/" + fixture.clientX.getId());
    assertEquals("/account/password", home.location(), "every page leads to the password change first");
    staff.get("/account/password");
    WebClient.Response same = staff.post("/account/password", Map.of("currentPassword", "initial-pass-123", "newPassword", "initial-pass-123"));
    assertEquals(400, same.status());
    WebClient.Response changed = staff.post("/account/password", Map.of("currentPassword", "initial-pass-123", "newPassword", "my-own-passphrase"));
    assertEquals(302, changed.status());
    assertEquals(200, staff.get("/clients/" + fixture.clientX.getId()).status());
  }

  @Test
  void theLanguageChoiceIsRemembered() {
    WebClient visitor = host.client();
    assertTrue(visitor.get("/login").body().contains("lang=\"ja\""));
    WebClient.Response switched = visitor.post("/language", Map.of("lang", "en", "back", "/login"));
    assertEquals("/login", switched.location());
    String page = visitor.get("/login").body();
    assertTrue(page.contains("lang=\"en\"") && page.contains("Log in"));
    assertEquals("/", visitor.post("/language", Map.of("lang", "en", "back", "//evil.example")).location(), "no redirect off-site");
  }

  private static String errorOf(WebClient.Response r) {
    int at = r.body().indexOf("data-testid=\"login-error\"");
    return r.body().substring(at, r.body().indexOf("</p>", at));
  }
}
