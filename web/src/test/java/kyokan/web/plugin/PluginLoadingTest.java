package kyokan.web.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real host loading the real step plugin jars: all seven, six with one removed, and a broken jar reported. */
class PluginLoadingTest {
  private static final List<String> ALL = List.of("data-capture", "analysis", "segmentation", "segment-follow-up",
      "new-customer-care", "vip-treatment", "community");

  @TempDir Path temp;

  @Test
  void healthListsTheSevenStepPluginsStarted() throws IOException {
    try (TestHost host = TestHost.start(temp)) {
      WebClient.Response r = host.client().get("/health");
      assertEquals(200, r.status());
      JsonNode health = new ObjectMapper().readTree(r.body());
      assertEquals("ok", health.get("database").asText());
      assertEquals("0.1.0", health.get("version").asText());
      List<String> ids = new ArrayList<>();
      health.get("plugins").forEach(p -> {
        ids.add(p.get("id").asText());
        assertEquals("STARTED", p.get("state").asText());
      });
      assertEquals(ALL, ids);
    }
  }

  @Test
  void removingOnePluginJarRemovesOnlyThatStep() throws IOException {
    Path plugins = copyPluginsWithout("analysis.jar");
    try (TestHost host = TestHost.start(temp, plugins)) {
      Fixture f = new Fixture(host.services());
      assertEquals(6, host.services().steps().steps().size());
      WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
      String base = "/clients/" + f.clientX.getId();
      WebClient.Response page = consultant.get(base + "/steps/data-capture");
      assertEquals(200, page.status());
      assertFalse(page.body().contains("nav-step-analysis"), "the removed step is not in the navigation");
      assertTrue(page.body().contains("nav-step-segmentation"));
      assertEquals(404, consultant.get(base + "/steps/analysis").status());
      assertEquals(200, consultant.get(base + "/steps/community").status());
      assertEquals(200, consultant.get(base + "/engagements/" + f.engagementX.getId()).status());
    }
  }

  @Test
  void aBrokenJarIsReportedWithItsReasonAndTheOthersKeepWorking() throws IOException {
    Path plugins = copyPluginsWithout("none");
    Files.writeString(plugins.resolve("broken-step.jar"), "this is not a jar");
    try (TestHost host = TestHost.start(temp, plugins)) {
      assertEquals(7, host.services().steps().steps().size());
      WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
      WebClient.Response status = consultant.get("/status");
      assertEquals(200, status.status());
      assertTrue(status.body().contains("broken-step.jar"), "the broken jar is listed");
      assertTrue(status.body().contains("plugin-state-community"), "the loaded plugins are listed");
      assertTrue(host.client().get("/health").body().contains("broken-step.jar"));
      assertEquals(403, host.client().login(host.services().accounts().createClientUserWithOwnPassword(
          new Fixture(host.services()).clientX.getId(), "z@test.kyokan.jp", "Z", Fixture.PASSWORD).getEmail(),
          Fixture.PASSWORD).get("/status").status(), "the status page is for consultants only");
    }
  }

  private Path copyPluginsWithout(String jarName) throws IOException {
    Path dir = Files.createDirectories(temp.resolve("plugins"));
    try (Stream<Path> jars = Files.list(TestHost.PLUGINS)) {
      for (Path jar : jars.toList()) {
        if (!jar.getFileName().toString().equals(jarName)) Files.copy(jar, dir.resolve(jar.getFileName()));
      }
    }
    try (Stream<Path> copied = Files.list(dir)) {
      assertEquals(jarName.equals("none") ? 7 : 6, copied.count());
    }
    return dir;
  }
}
