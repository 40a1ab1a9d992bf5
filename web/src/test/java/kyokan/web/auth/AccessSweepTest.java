package kyokan.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.RouteRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route the running host and its plugins registered, for every kind of visitor, answers as its
 * access rule says, with the security headers ({@link HeaderCheck}). The route list comes from the app
 * itself, so a new route without a rule fails here.
 * Two consultants and the administrator: the sweep runs once on client X, whose consultant A is the
 * administrator, and once on client Y, whose consultant B is not, so the administrator is tried both as the
 * client's own consultant and as another consultant.
 */
class AccessSweepTest {
  enum Actor { ANONYMOUS, OWN_CONSULTANT, OTHER_CONSULTANT, OWN_CLIENT_USER, OTHER_CLIENT_USER }

  enum Outcome { ALLOWED, FORBIDDEN, LOGIN }

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

  /** Whose client the sweep is on: the client, its engagement, its consultant and user, and the others. */
  record Side(String name, long clientId, long engagementId, String ownConsultant, String otherConsultant, String ownUser,
      String otherUser, boolean ownConsultantIsAdmin) {}

  @Test
  void everyRouteAnswersEveryVisitorAsItsRuleSays() {
    List<String> failures = new ArrayList<>();
    int checks = sweep(new Side(fixture.clientX.getName(), fixture.clientX.getId(), fixture.engagementX.getId(),
        TestHost.ADMIN_EMAIL, fixture.consultantB.getEmail(), fixture.userX.getEmail(), fixture.userY.getEmail(), true), failures);
    checks += sweep(new Side(fixture.clientY.getName(), fixture.clientY.getId(), fixture.engagementY.getId(),
        fixture.consultantB.getEmail(), TestHost.ADMIN_EMAIL, fixture.userY.getEmail(), fixture.userX.getEmail(), false), failures);
    if (!failures.isEmpty()) fail(failures.size() + " of " + checks + " checks failed:\n" + String.join("\n", failures));
  }

  /**
   * The routes open without login are exactly these: health, login, the language switch, and step 7's survey
   * page (the one page open to the internet on purpose, under the host's public limits).
   */
  @Test
  void onlyTheIntendedRoutesArePublic() {
    java.util.Set<String> open = new java.util.TreeSet<>();
    for (var p : host.workbench().app().unsafeConfig().pvt.internalRouter.allHttpHandlers()) {
      Endpoint e = p.getEndpoint();
      if (e.getRoles().contains(Access.PUBLIC)) open.add(e.getMethod() + " " + e.getPath());
    }
    assertEquals(new java.util.TreeSet<>(List.of("GET /health", "GET /login", "POST /login", "POST /language",
        "GET /v/community/{token}", "POST /v/community/{token}", "GET /v/community/{token}/thanks")), open);
  }

  private int sweep(Side side, List<String> failures) {
    List<Endpoint> endpoints = host.workbench().app().unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .map(p -> p.getEndpoint()).filter(e -> e.getMethod() == HandlerType.GET || e.getMethod() == HandlerType.POST).toList();
    assertTrue(endpoints.size() >= 20, "expected the host's routes, found " + endpoints.size());
    int checks = 0;
    for (Endpoint e : endpoints) {
      if (e.getRoles().size() != 1) {
        failures.add(e.getMethod() + " " + e.getPath() + " has no access rule");
        continue;
      }
      RouteRole rule = e.getRoles().iterator().next();
      for (String step : stepsFor(e.getPath(), rule)) {
        String path = e.getPath().replace("{clientId}", String.valueOf(side.clientId()))
            .replace("{engagementId}", String.valueOf(side.engagementId())).replace("{stepId}", step)
            // Other ids (an upload, a job) need not exist: the rule is checked before the handler looks.
            .replaceAll("\\{[^}]+}", "0");
        boolean unlocked = Fixture.OPEN_STEP.equals(step);
        for (Actor actor : Actor.values()) {
          fixture.resetLocks();
          boolean admin = side.ownConsultantIsAdmin() ? actor == Actor.OWN_CONSULTANT : actor == Actor.OTHER_CONSULTANT;
          Outcome expected = expected(rule, actor, unlocked, admin);
          WebClient client = signedIn(side, actor);
          WebClient.Response r = e.getMethod() == HandlerType.GET ? client.get(path) : client.post(path, Map.of());
          checks++;
          String problem = mismatch(expected, r, e.getMethod());
          if (problem != null) failures.add(e.getMethod() + " " + path + " as " + actor + " of " + side.name() + ": " + problem);
          String headers = HeaderCheck.problem(client.lastHeaders());
          if (headers != null) failures.add(e.getMethod() + " " + path + " as " + actor + " of " + side.name() + ": " + headers);
          if (expected != Outcome.ALLOWED) {
            assertFalse(r.body().contains(side.name()), "refused page shows client data: " + path);
          }
        }
      }
    }
    return checks;
  }

  private static List<String> stepsFor(String path, RouteRole rule) {
    if (rule instanceof PluginStepAccess p) return List.of(p.stepId());
    return path.contains("{stepId}") ? List.of(Fixture.OPEN_STEP, Fixture.LOCKED_STEP) : List.of("");
  }

  /** The rules of Access, written out as a table of who may do what. */
  static Outcome expected(RouteRole rule, Actor actor, boolean stepUnlocked, boolean administrator) {
    Access access = rule instanceof PluginStepAccess p ? p.like() : (Access) rule;
    if (access == Access.PUBLIC) return Outcome.ALLOWED;
    if (actor == Actor.ANONYMOUS) return Outcome.LOGIN;
    boolean consultant = actor == Actor.OWN_CONSULTANT || actor == Actor.OTHER_CONSULTANT;
    boolean ownClient = actor == Actor.OWN_CONSULTANT || actor == Actor.OWN_CLIENT_USER;
    boolean allowed = switch (access) {
      case SIGNED_IN -> true;
      case CONSULTANT -> consultant;
      case ADMIN -> administrator;
      case CLIENT -> ownClient;
      case CLIENT_CONSULTANT, STEP_CONSULTANT -> actor == Actor.OWN_CONSULTANT;
      case STEP -> actor == Actor.OWN_CONSULTANT || (actor == Actor.OWN_CLIENT_USER && stepUnlocked);
      case STEP_CLIENT_USER -> actor == Actor.OWN_CLIENT_USER && stepUnlocked;
      case PUBLIC -> true;
    };
    return allowed ? Outcome.ALLOWED : Outcome.FORBIDDEN;
  }

  private static String mismatch(Outcome expected, WebClient.Response r, HandlerType method) {
    int s = r.status();
    // The guard sends visitors who are not logged in to /login?next=…; logging out also lands on /login.
    boolean toLogin = s == 302 && r.location() != null && r.location().startsWith("/login?next=");
    return switch (expected) {
      case ALLOWED -> s >= 500 || s == 403 || toLogin ? "expected allowed, got " + s : null;
      case FORBIDDEN -> s != 403 ? "expected 403, got " + s : null;
      case LOGIN -> (method == HandlerType.GET ? toLogin : s == 401) ? null : "expected login, got " + s;
    };
  }

  private static WebClient signedIn(Side side, Actor actor) {
    WebClient client = host.client();
    switch (actor) {
      case OWN_CONSULTANT -> login(client, side.ownConsultant());
      case OTHER_CONSULTANT -> login(client, side.otherConsultant());
      case OWN_CLIENT_USER -> login(client, side.ownUser());
      case OTHER_CLIENT_USER -> login(client, side.otherUser());
      case ANONYMOUS -> client.get("/login");
    }
    return client;
  }

  private static void login(WebClient client, String email) {
    client.login(email, email.equals(TestHost.ADMIN_EMAIL) ? TestHost.ADMIN_PASSWORD : Fixture.PASSWORD);
  }
}
