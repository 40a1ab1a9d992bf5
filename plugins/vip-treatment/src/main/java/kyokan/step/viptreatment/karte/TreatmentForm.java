package kyokan.step.viptreatment.karte;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/** A treatment as typed on the カルテ; a blank cost takes the perk's. */
public record TreatmentForm(String perkId, String on, String givenBy, String cost, String note) {

  static TreatmentForm blank(LocalDate today, String givenBy) {
    return new TreatmentForm("", today.toString(), givenBy, "", "");
  }

  static TreatmentForm read(Function<String, Optional<String>> field) {
    return new TreatmentForm(field.apply("perk").orElse(""), field.apply("on").orElse("").strip(),
        field.apply("givenBy").orElse(""), field.apply("cost").orElse("").strip(), field.apply("note").orElse(""));
  }

  LocalDate date() {
    try {
      return LocalDate.parse(on);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  Long perk() {
    try {
      return Long.parseLong(perkId.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
