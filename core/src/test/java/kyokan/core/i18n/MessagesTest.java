package kyokan.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessagesTest {
  private static final String BUNDLE = "kyokan/core/i18n/test_messages";
  private Locale jvmDefault;

  @BeforeEach
  void speakEnglish() {
    jvmDefault = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(jvmDefault);
  }

  @Test
  void japaneseIsTheBaseBundleEvenWhenTheJvmSpeaksEnglish() {
    Messages ja = load(Locale.JAPANESE);

    assertEquals("いらっしゃいませ", ja.get("welcome"));
    assertEquals(Locale.JAPANESE, ja.locale());
  }

  @Test
  void englishIsLoadedWhenAskedForInAnyRegion() {
    Messages en = load(Locale.US);

    assertEquals("Welcome", en.get("welcome"));
    assertEquals(Locale.ENGLISH, en.locale());
  }

  @Test
  void otherLanguagesGetJapanese() {
    assertEquals("いらっしゃいませ", load(Locale.FRENCH).get("welcome"));
  }

  @Test
  void missingKeyShowsMarkedInsteadOfFailing() {
    Messages ja = load(Locale.JAPANESE);

    assertFalse(ja.has("nothing.here"));
    assertTrue(ja.has("welcome"));
    assertEquals("??nothing.here??", ja.get("nothing.here"));
  }

  @Test
  void formatFillsInArguments() {
    assertEquals("佐藤さん、こんにちは", load(Locale.JAPANESE).format("hello", "佐藤"));
    assertEquals("Hello, Sato", load(Locale.ENGLISH).format("hello", "Sato"));
  }

  private static Messages load(Locale locale) {
    return Messages.load(BUNDLE, locale, MessagesTest.class.getClassLoader());
  }
}
