package kyokan.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import kyokan.core.importing.ProblemKind;
import org.junit.jupiter.api.Test;

/** The command line speaks both languages: its bundles hold the same keys, and every problem kind has a text. */
class CliTextTest {

  @Test
  void japaneseAndEnglishBundlesHoldTheSameKeys() throws IOException {
    assertEquals(keys("kyokan/web/cli/messages.properties"), keys("kyokan/web/cli/messages_en.properties"));
  }

  @Test
  void everyRowProblemKindIsNamedInBothLanguages() throws IOException {
    Set<String> keys = keys("kyokan/web/cli/messages.properties");
    for (ProblemKind kind : ProblemKind.values()) assertTrue(keys.contains("problem." + kind.name()), kind.name());
    assertEquals("日付が未来です / the date is in the future", ProblemTexts.both(ProblemKind.DATE_IN_FUTURE));
  }

  @Test
  void aMessageIsJapaneseThenEnglish() {
    assertEquals("--port は数字で指定してください: x / --port must be a number: x", CliText.both("error.number", "--port", "x"));
  }

  private static Set<String> keys(String resource) throws IOException {
    try (InputStream in = CliTextTest.class.getClassLoader().getResourceAsStream(resource)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p.stringPropertyNames();
    }
  }
}
