package kyokan.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import kyokan.core.step.StepExtension;
import kyokan.web.plugin.StepRegistry;
import kyokan.web.support.TestHost;
import org.junit.jupiter.api.Test;

/** Japanese and English bundles must hold the same keys: the host's, and every loaded step plugin's. */
class BundleSyncTest {

  @Test
  void hostBundlesHaveTheSameKeys() throws IOException {
    ClassLoader loader = BundleSyncTest.class.getClassLoader();
    assertSameKeys("host", keys(loader, "kyokan/view/messages.properties"), keys(loader, "kyokan/view/messages_en.properties"));
  }

  @Test
  void everyStepPluginsBundlesAgreeAndCoverItsWorksheet() throws IOException {
    StepRegistry registry = StepRegistry.load(TestHost.PLUGINS);
    try {
      assertEquals(7, registry.steps().size());
      for (StepExtension step : registry.steps()) {
        ClassLoader loader = step.getClass().getClassLoader();
        String base = step.getClass().getPackageName().replace('.', '/') + "/messages";
        Set<String> ja = keys(loader, base + ".properties");
        Set<String> en = keys(loader, base + "_en.properties");
        assertSameKeys(step.id(), ja, en);
        List<String> needed = new ArrayList<>(step.worksheet().messageKeys());
        needed.addAll(List.of("step.title", "step.purpose"));
        for (String key : needed) assertTrue(ja.contains(key), step.id() + " bundle lacks " + key);
      }
    } finally {
      registry.stop();
    }
  }

  private static void assertSameKeys(String what, Set<String> ja, Set<String> en) {
    Set<String> onlyJa = new TreeSet<>(ja);
    onlyJa.removeAll(en);
    Set<String> onlyEn = new TreeSet<>(en);
    onlyEn.removeAll(ja);
    assertTrue(onlyJa.isEmpty() && onlyEn.isEmpty(), what + ": only in Japanese " + onlyJa + ", only in English " + onlyEn);
    assertTrue(ja.size() > 5, what + ": bundle not found or nearly empty");
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
