package kyokan.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import kyokan.web.Workbench;
import kyokan.web.WorkbenchConfig;
import kyokan.web.support.TestHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headers on what no route answers, and cookies Secure when the browser came over HTTPS, through a proxy the configuration names; never on trust alone. */
class SecurityHeadersTest {
  @TempDir Path temp;

  @Test
  void cookiesAreSecureBehindANamedHttpsProxyOnly() throws Exception {
    try (Workbench behindProxy = start(temp.resolve("a"), Set.of("127.0.0.1"))) {
      HttpHeaders viaHttps = get(behindProxy, "https");
      assertTrue(cookies(viaHttps).stream().allMatch(c -> c.contains("; Secure")), cookies(viaHttps).toString());
      assertFalse(cookies(viaHttps).isEmpty());
      assertEquals("max-age=31536000", viaHttps.firstValue("Strict-Transport-Security").orElse(null));
      HttpHeaders viaHttp = get(behindProxy, "http");
      assertTrue(cookies(viaHttp).stream().noneMatch(c -> c.contains("Secure")), cookies(viaHttp).toString());
    }
    try (Workbench direct = start(temp.resolve("b"), Set.of())) {
      HttpHeaders forged = get(direct, "https");
      assertTrue(cookies(forged).stream().noneMatch(c -> c.contains("Secure")), "a header from anyone is not believed");
      assertNull(HeaderCheck.problem(forged));
      assertTrue(forged.firstValue("Strict-Transport-Security").isEmpty());
    }
  }

  @Test
  void theStylesheetAndUnknownPathsCarryTheHeadersToo() throws Exception {
    try (Workbench workbench = start(temp.resolve("c"), Set.of())) {
      for (String path : List.of("/static/kyokan.css", "/no/such/page", "/health")) {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + workbench.port() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertNull(HeaderCheck.problem(r.headers()), path);
      }
    }
  }

  @Test
  void theTrustedProxiesComeFromTheOptionOrTheEnvironment() {
    assertEquals(Set.of("10.0.0.1", "10.0.0.2"),
        WorkbenchConfig.from(new String[] {"--trusted-proxy", "10.0.0.1, 10.0.0.2"}, java.util.Map.of()).trustedProxies());
    assertEquals(Set.of("127.0.0.1"),
        WorkbenchConfig.from(new String[0], java.util.Map.of("KYOKAN_TRUSTED_PROXIES", "127.0.0.1")).trustedProxies());
    assertEquals(Set.of(), WorkbenchConfig.from(new String[0], java.util.Map.of()).trustedProxies());
  }

  private static Workbench start(Path data, Set<String> proxies) {
    return Workbench.start(new WorkbenchConfig(0, data, TestHost.PLUGINS, false, TestHost.ADMIN_EMAIL,
        TestHost.ADMIN_PASSWORD, 4, Clock.systemDefaultZone(), proxies, kyokan.core.TestDatabases.forFolder(data)));
  }

  private static HttpHeaders get(Workbench workbench, String proto) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + workbench.port() + "/login"))
        .header("X-Forwarded-Proto", proto).GET().build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).headers();
  }

  private static List<String> cookies(HttpHeaders headers) {
    return headers.allValues("Set-Cookie");
  }
}
