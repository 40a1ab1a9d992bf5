package kyokan.step.community.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** Reading step 7's forms: text trimmed, numbers and dates parsed, each problem keyed for its field. */
public final class Forms {
  private Forms() {}

  public static String text(Optional<String> value) {
    return value.map(String::strip).orElse("");
  }

  /** The text, or a problem when blank or longer than {@code max}. */
  public static String required(String field, Optional<String> value, int max, Map<String, String> problems) {
    String s = text(value);
    if (s.isEmpty()) problems.put(field, "error.required");
    else if (s.length() > max) problems.put(field, "error.tooLong");
    return s;
  }

  public static String optional(String field, Optional<String> value, int max, Map<String, String> problems) {
    String s = text(value);
    if (s.length() > max) problems.put(field, "error.tooLong");
    return s;
  }

  /** A whole number in {@code min..max}, or a problem. */
  public static Integer number(String field, Optional<String> value, long min, long max, Map<String, String> problems) {
    String s = text(value).replace(",", "");
    try {
      long n = Long.parseLong(s);
      if (n >= min && n <= max) return (int) n;
    } catch (NumberFormatException ignored) {
      // reported below
    }
    problems.put(field, "error.number");
    return null;
  }

  public static LocalDate date(String field, Optional<String> value, Map<String, String> problems) {
    try {
      return LocalDate.parse(text(value));
    } catch (DateTimeParseException e) {
      problems.put(field, "error.date");
      return null;
    }
  }
}
