package kyokan.core.segmentation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import kyokan.core.ValidationException;

/**
 * Thresholds (or their effective date) a service refuses: the field → message-key map of every
 * {@link ValidationException}, with a Japanese message from this package's bundle
 * ({@code kyokan/core/segmentation/messages}) for logs and for callers that show the message as it is.
 */
public class InvalidThresholdsException extends ValidationException {
  static final String BUNDLE = "kyokan.core.segmentation.messages";

  // The keys in the order the rules found them (the problem map itself keeps no order).
  private final List<String> keys;

  public InvalidThresholdsException(Map<String, String> problems) {
    super(problems);
    keys = List.copyOf(problems.values());
  }

  public InvalidThresholdsException(String field, String messageKey) {
    this(Map.of(field, messageKey));
  }

  /** "CPMの基準値を保存できません: …", every problem's text in Japanese. */
  @Override
  public String getMessage() {
    return message(Locale.JAPANESE);
  }

  /** The problems' texts in {@code locale} (Japanese unless English is asked for). */
  public String message(Locale locale) {
    ResourceBundle bundle = bundle(locale);
    return bundle.getString("error.segmentation.title") + ": "
        + keys.stream().map(bundle::getString).collect(Collectors.joining(" "));
  }

  static ResourceBundle bundle(Locale locale) {
    // The Japanese texts are the base bundle; the JVM's default locale must not pick English for Japanese.
    return ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
