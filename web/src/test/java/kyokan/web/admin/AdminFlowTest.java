package kyokan.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kyokan.core.account.User;
import kyokan.core.consultant.ConsultantService;
import kyokan.core.consultant.Handover;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator's pages: consultants added and deactivated, clients handed over and the handover recorded. */
class AdminFlowTest {
  @TempDir static Path temp;
  static TestHost host;
  static Fixture f;

  @BeforeAll
  static void start() {
    host = TestHost.start(temp);
    f = new Fixture(host.services());
  }

  @AfterAll
  static void stop() {
    host.close();
  }

  @Test
  void theFirstConsultantIsTheAdministratorAndOthersAreNot() {
    assertTrue(host.services().accounts().get(f.consultantA.getId()).isAdministrator());
    assertFalse(host.services().accounts().get(f.consultantB.getId()).isAdministrator());
    assertTrue(admin().get("/admin/consultants").body().contains("b@test.kyokan.jp"));
  }

  @Test
  void aDeactivatedConsultantIsLoggedOutAndCannotLogInUntilReactivated() {
    WebClient admin = admin();
    assertEquals(302, admin.post("/admin/consultants", Map.of("displayName", "新しい 人", "email", "new@test.kyokan.jp",
        "password", "new-consultant-pw")).status());
    User created = host.services().accounts().findByEmail("new@test.kyokan.jp").orElseThrow();
    WebClient newcomer = host.client().login("new@test.kyokan.jp", "new-consultant-pw");
    assertEquals(200, newcomer.get("/").status());

    assertEquals(302, admin.post("/admin/consultants/" + created.getId() + "/deactivate", Map.of()).status());
    assertTrue(newcomer.get("/").location().startsWith("/login"), "the open session ended");
    assertThrows(IllegalStateException.class, () -> host.client().login("new@test.kyokan.jp", "new-consultant-pw"),
        "a deactivated account cannot log in");

    assertEquals(302, admin.post("/admin/consultants/" + created.getId() + "/activate", Map.of()).status());
    assertEquals(200, host.client().login("new@test.kyokan.jp", "new-consultant-pw").get("/").status());
  }

  @Test
  void theAdministratorCannotDeactivateThemselvesAndAShortPasswordIsRefused() {
    WebClient admin = admin();
    WebClient.Response self = admin.post("/admin/consultants/" + f.consultantA.getId() + "/deactivate", Map.of());
    assertEquals(400, self.status());
    assertTrue(self.body().contains("自分のアカウントは無効にできません"));
    WebClient.Response weak = admin.post("/admin/consultants", Map.of("displayName", "短い", "email", "short@test.kyokan.jp",
        "password", "short"));
    assertEquals(400, weak.status());
    assertTrue(host.services().accounts().findByEmail("short@test.kyokan.jp").isEmpty());
  }

  @Test
  void aHandedOverClientMovesToTheNewConsultantAndTheHandoverIsRecorded() {
    User c = host.services().accounts().createConsultant("c@test.kyokan.jp", "引き継ぎ 先", Fixture.PASSWORD);
    var client = host.services().clients().create(f.consultantA, new kyokan.core.client.NewClient("引き継ぎ商店", "雑貨店", null, null, null));
    WebClient admin = admin();
    assertEquals(200, admin.get("/clients/" + client.getId()).status());

    assertEquals(302, admin.post("/admin/clients/" + client.getId() + "/handover", Map.of("to", String.valueOf(c.getId()))).status());

    assertEquals(403, admin.get("/clients/" + client.getId()).status(), "no longer the administrator's client");
    WebClient next = host.client().login("c@test.kyokan.jp", Fixture.PASSWORD);
    assertEquals(200, next.get("/clients/" + client.getId()).status());
    assertTrue(next.get("/").body().contains("引き継ぎ商店"), "on the new consultant's cockpit");
    List<Handover> log = host.services().core().get(ConsultantService.class).handovers(client.getId());
    assertEquals(1, log.size());
    assertEquals("コンサルタント", log.get(0).getFromName());
    assertEquals("引き継ぎ 先", log.get(0).getToName());
    assertTrue(admin.get("/admin/clients").body().contains("引き継ぎ商店"));

    WebClient.Response same = admin.post("/admin/clients/" + client.getId() + "/handover", Map.of("to", String.valueOf(c.getId())));
    assertEquals(400, same.status(), "already theirs");
    assertEquals(1, host.services().core().get(ConsultantService.class).handovers(client.getId()).size());
  }

  private static WebClient admin() {
    return host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
  }
}
