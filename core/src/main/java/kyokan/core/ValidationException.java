package kyokan.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a service refuses. Each problem is a field name and a message-bundle key, so the page can show
 * it in the user's language next to the field; nothing has been written when this is thrown.
 */
public class ValidationException extends RuntimeException {
  private final Map<String, String> problems;

  public ValidationException(Map<String, String> problems) {
    super("invalid input: " + problems);
    this.problems = Map.copyOf(new LinkedHashMap<>(problems));
  }

  public ValidationException(String field, String messageKey) {
    this(Map.of(field, messageKey));
  }

  /** Field name → message key. */
  public Map<String, String> problems() {
    return problems;
  }
}
