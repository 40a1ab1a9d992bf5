package kyokan.step.segmentfollowup.customers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/** A contact logged by hand, as typed. */
public record ContactForm(String channel, String on, String note) {

  static ContactForm blank(LocalDate today) {
    return new ContactForm("PHONE", today.toString(), "");
  }

  static ContactForm read(Function<String, Optional<String>> field) {
    return new ContactForm(field.apply("channel").orElse(""), field.apply("on").orElse("").strip(),
        field.apply("note").orElse(""));
  }

  /** The date, or null when it cannot be read. */
  LocalDate date() {
    try {
      return LocalDate.parse(on);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
