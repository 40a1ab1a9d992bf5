package kyokan.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import kyokan.core.report.ProgressReport;
import kyokan.core.step.StepExtension;
import kyokan.web.plugin.StepRegistry;
import kyokan.web.support.TestHost;
import org.junit.jupiter.api.Test;

/** The report's bundles, the host's and each step's {@code report/messages}, hold the same keys in Japanese and English. */
class ReportBundleSyncTest {

  @Test
  void reportBundlesHaveTheSameKeysInBothLanguages() throws IOException {
    assertSame(ProgressReport.class.getClassLoader(), "kyokan/core/report/messages");
    StepRegistry registry = StepRegistry.load(TestHost.PLUGINS);
    int steps = 0;
    try {
      for (StepExtension step : registry.steps()) {
        String base = step.getClass().getPackageName().replace('.', '/') + "/report/messages";
        if (step.getClass().getClassLoader().getResource(base + ".properties") == null) continue;
        assertSame(step.getClass().getClassLoader(), base);
        steps++;
      }
    } finally {
      registry.stop();
    }
    assertTrue(steps >= 2, "analysis and segmentation have report bundles");
  }

  private static void assertSame(ClassLoader loader, String base) throws IOException {
    Set<String> ja = keys(loader, base + ".properties");
    Set<String> en = keys(loader, base + "_en.properties");
    assertEquals(ja, en, base);
    assertTrue(ja.size() > 1, base);
  }

  private static Set<String> keys(ClassLoader loader, String resource) throws IOException {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) throw new IOException("missing bundle " + resource);
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p.stringPropertyNames();
    }
  }
}
