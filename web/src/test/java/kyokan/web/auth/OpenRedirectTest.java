package kyokan.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After login and after the language switch the workbench sends the browser only to a path of its own. */
class OpenRedirectTest {
  /** Each, as the browser's address bar would carry it (percent-encoded), leads off-site in some browser. */
  static final List<String> OFF_SITE = List.of("/%09/evil.example/phish", "//evil.example/phish", "/%5Cevil.example",
      "/\\evil.example", "https://evil.example/", "/%2F/evil.example", "/%0D%0ALocation:%20http://evil.example",
      "%2F%2Fevil.example", "/%E2%80%8B/evil.example", "/%250909/evil.example", " //evil.example", "javascript:alert(1)");

  @TempDir static Path temp;
  static TestHost host;

  @BeforeAll
  static void start() {
    host = TestHost.start(temp);
  }

  @AfterAll
  static void stop() {
    host.close();
  }

  @Test
  void loginWithATabbedNextStaysOnTheSite() {
    WebClient browser = host.client();
    browser.get("/login?next=/%09/evil.example/phish");
    WebClient.Response r = browser.post("/login", Map.of("email", TestHost.ADMIN_EMAIL, "password", TestHost.ADMIN_PASSWORD,
        "next", "/\t/evil.example/phish"));
    assertEquals(302, r.status());
    assertEquals("/", r.location());
  }

  @Test
  void noOffSitePayloadSurvivesLoginOrTheLanguageSwitch() {
    List<String> failures = new ArrayList<>();
    for (String encoded : OFF_SITE) {
      String next = java.net.URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
      WebClient browser = host.client();
      String form = browser.get("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)).body();
      if (form.contains("evil.example")) failures.add("login form carries " + encoded);
      String afterLogin = browser.post("/login", Map.of("email", TestHost.ADMIN_EMAIL, "password", TestHost.ADMIN_PASSWORD,
          "next", next)).location();
      if (!"/".equals(afterLogin)) failures.add("login next=" + encoded + " → " + afterLogin);
      String afterSwitch = host.client().post("/language", Map.of("lang", "en", "back", next)).location();
      if (!"/".equals(afterSwitch)) failures.add("language back=" + encoded + " → " + afterSwitch);
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void aPathOfTheSiteIsKept() {
    WebClient browser = host.client();
    WebClient.Response r = browser.post("/login", Map.of("email", TestHost.ADMIN_EMAIL, "password", TestHost.ADMIN_PASSWORD,
        "next", "/status"));
    assertEquals("/status", r.location());
    assertEquals("/clients/new?x=1", host.client().post("/language", Map.of("lang", "ja", "back", "/clients/new?x=1")).location());
  }
}
