package kyokan.web.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests no page offers answer as HTTP says, never with a 500 (issue 18.10). */
class BadRequestsTest {
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
  void analysisJsonAnswers400ToADateItCannotUse() {
    WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
    String url = "/clients/" + fixture.clientX.getId() + "/analysis.json";
    assertEquals(404, consultant.get(url).status(), "no sales yet");
    fixture.importDemoSales();
    assertEquals(200, consultant.get(url).status());
    for (String asOf : new String[] {"garbage", "2099-12-31", "1999-01-01", "2026-13-01", "%00"}) {
      WebClient.Response r = consultant.get(url + "?asOf=" + asOf);
      assertEquals(400, r.status(), asOf);
      assertTrue(r.body().startsWith("{\"error\":\"asOf must be a date"), r.body());
      assertTrue(consultant.lastHeaders().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }
  }

  @Test
  void anUploadNamedSlashIsTakenNotAServerError() {
    WebClient owner = host.client().login(fixture.userX.getEmail(), Fixture.PASSWORD);
    String base = "/clients/" + fixture.clientX.getId() + "/steps/" + Fixture.OPEN_STEP + "/";
    owner.get(base + "import");
    byte[] csv = "日付,金額\n2025-01-01,100\n".getBytes(StandardCharsets.UTF_8);
    for (String name : new String[] {"/", "..", "/etc/", "C:/"}) {
      WebClient.Response r = owner.postFile(base + "import", "file", name, csv, Map.of("kind", "SALES"));
      assertEquals(302, r.status(), name + ": " + r.status());
      WebClient.Response mapping = owner.get(r.location());
      assertEquals(200, mapping.status(), name);
      assertTrue(mapping.body().contains("upload") || mapping.body().contains(".."), name);
    }
    // A control character in the part's header is not HTTP Jetty can read: a clear 400, not a 500.
    WebClient.Response unreadable = owner.postFile(base + "import", "file", "a\u0001", csv, Map.of("kind", "SALES"));
    assertEquals(400, unreadable.status());
    assertTrue(unreadable.body().contains("送信された内容を読み取れませんでした"));
  }
}
