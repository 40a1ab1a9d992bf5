package kyokan.core.outreach.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class VerdictTest {

  @Test
  void theIntervalDecides() {
    assertEquals(Verdict.EFFECT, Verdict.of(new Interval(1e-9, 0.3)));
    assertEquals(Verdict.NO_EVIDENCE, Verdict.of(new Interval(0, 0.3)));
    assertEquals(Verdict.NO_EVIDENCE, Verdict.of(new Interval(-0.1, 0.3)));
    assertEquals(Verdict.NO_EVIDENCE, Verdict.of(new Interval(-0.3, 0)));
    assertEquals(Verdict.NO_EVIDENCE, Verdict.of(new Interval(0, 0)));
    assertEquals(Verdict.POSSIBLY_HARMFUL, Verdict.of(new Interval(-0.3, -1e-9)));
  }

  @Test
  void labelsInBothLanguages() {
    assertEquals("効果あり", Verdict.EFFECT.label(Locale.JAPANESE));
    assertEquals("効果は確認できず", Verdict.NO_EVIDENCE.label(Locale.JAPANESE));
    assertEquals("逆効果の可能性", Verdict.POSSIBLY_HARMFUL.label(Locale.JAPANESE));
    assertEquals("Effective", Verdict.EFFECT.label(Locale.ENGLISH));
    String sentence = Verdict.messages(Locale.JAPANESE).format(Verdict.NO_EVIDENCE.explanationKey(), "12.3");
    assertTrue(sentence.contains("12.3ポイント"), sentence);
  }

  @Test
  void bundlesHoldTheSameKeys() throws IOException {
    Properties ja = load("kyokan/core/outreach/messages.properties");
    Properties en = load("kyokan/core/outreach/messages_en.properties");
    assertEquals(ja.stringPropertyNames(), en.stringPropertyNames());
    for (Verdict v : Verdict.values()) {
      assertTrue(ja.containsKey(v.messageKey()) && ja.containsKey(v.explanationKey()), v.name());
    }
  }

  private static Properties load(String resource) throws IOException {
    try (InputStream in = VerdictTest.class.getClassLoader().getResourceAsStream(resource)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }
}
