package kyokan.web.cli;

import kyokan.core.i18n.Messages;

/** The command line's texts: Japanese first, English beside it, from {@code kyokan/web/cli/messages}. */
public final class CliText {
  private static final String BUNDLE = "kyokan/web/cli/messages";

  private CliText() {}

  /** The message in Japanese, then " / " and the English. */
  public static String both(String key, Object... args) {
    return ja(key, args) + " / " + en(key, args);
  }

  public static String ja(String key, Object... args) {
    return bundle(Messages.JAPANESE).format(key, args);
  }

  public static String en(String key, Object... args) {
    return bundle(Messages.ENGLISH).format(key, args);
  }

  /** A help text as written, Japanese block first, then the English block. */
  public static String help(String key) {
    return bundle(Messages.JAPANESE).get(key) + "\n\n" + bundle(Messages.ENGLISH).get(key);
  }

  private static Messages bundle(java.util.Locale locale) {
    return Messages.load(BUNDLE, locale, CliText.class.getClassLoader());
  }
}
