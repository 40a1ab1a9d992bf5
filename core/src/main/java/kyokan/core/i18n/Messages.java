package kyokan.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One message bundle in one language. Japanese is the base bundle ({@code name.properties}), English
 * sits beside it ({@code name_en.properties}); a missing key shows as {@code ??key??} rather than failing a page.
 */
public final class Messages {
  public static final Locale JAPANESE = Locale.JAPANESE;
  public static final Locale ENGLISH = Locale.ENGLISH;
  // Without this, a JVM whose default locale is English would answer Japanese users in English.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /** Loads {@code baseName} (e.g. {@code kyokan/web/messages}) through {@code loader}. */
  public static Messages load(String baseName, Locale locale, ClassLoader loader) {
    Locale l = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
    return new Messages(ResourceBundle.getBundle(baseName, l, loader, NO_FALLBACK), supported(locale));
  }

  /** The languages the UI speaks: Japanese unless English was asked for. */
  public static Locale supported(Locale asked) {
    return asked != null && ENGLISH.getLanguage().equals(asked.getLanguage()) ? ENGLISH : JAPANESE;
  }

  public Locale locale() {
    return locale;
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return "??" + key + "??";
    }
  }

  public String format(String key, Object... args) {
    return new MessageFormat(get(key), locale).format(args);
  }
}
