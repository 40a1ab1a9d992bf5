package kyokan.web.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads typed option values, refusing a wrong one with a message that names the option and the value. */
final class Choices {
  private Choices() {}

  /** An enum constant by its name, case and - or _ not minding. */
  static <E extends Enum<E>> E of(Class<E> type, String option, String given) {
    String wanted = given.strip().replace('-', '_').toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(wanted)) return e;
    }
    throw new CommandException("error.choice", option, names(type), given);
  }

  static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .collect(Collectors.joining(", "));
  }

  static long number(String option, String given) {
    try {
      return Long.parseLong(given.strip());
    } catch (NumberFormatException e) {
      throw new CommandException("error.number", option, given);
    }
  }

  static LocalDate date(String option, String given) {
    try {
      return LocalDate.parse(given.strip());
    } catch (DateTimeParseException e) {
      throw new CommandException("error.date", option, given);
    }
  }
}
