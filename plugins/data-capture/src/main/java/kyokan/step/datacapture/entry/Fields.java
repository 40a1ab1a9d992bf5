package kyokan.step.datacapture.entry;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import kyokan.core.importing.InvalidValueException;
import kyokan.core.importing.MoneyParser;

/**
 * Reads typed values; an unreadable one is noted in {@code errors} (field → message key) and read as
 * absent, so the form can be shown again with every problem at once.
 */
final class Fields {
  private Fields() {}

  /** Money as the user types it (1,200 · ¥1,200 · 3.75) into minor units; blank is null. */
  static Long money(String text, int minorDigits, Map<String, String> errors, String field) {
    if (text.isBlank()) return null;
    try {
      return MoneyParser.parseMinorUnits(text, minorDigits);
    } catch (InvalidValueException e) {
      errors.put(field, "error.sales.amount.invalid");
      return null;
    }
  }

  /** Minor units as a form field shows them: 1200, or 3.75 in pounds. */
  static String moneyInput(Long minor, int minorDigits) {
    return minor == null ? "" : BigDecimal.valueOf(minor, minorDigits).toPlainString();
  }

  /** A date as an {@code <input type="date">} sends it, 2026-04-01; blank is null. */
  static LocalDate date(String text, Map<String, String> errors, String field) {
    if (text.isBlank()) return null;
    try {
      return LocalDate.parse(normalize(text));
    } catch (DateTimeParseException e) {
      errors.put(field, "error.date.invalid");
      return null;
    }
  }

  /** A time such as 14:30; blank is null. */
  static LocalTime time(String text, Map<String, String> errors, String field) {
    if (text.isBlank()) return null;
    try {
      return LocalTime.parse(normalize(text));
    } catch (DateTimeParseException e) {
      errors.put(field, "error.time.invalid");
      return null;
    }
  }

  /** A whole number, negative allowed (a return); blank is {@code fallback}. */
  static long wholeNumber(String text, long fallback, Map<String, String> errors, String field) {
    if (text.isBlank()) return fallback;
    try {
      return Long.parseLong(normalize(text).replace(",", ""));
    } catch (NumberFormatException e) {
      errors.put(field, "error.quantity.invalid");
      return fallback;
    }
  }

  /** Full-width digits and signs (１２, －1) read like half-width ones. */
  private static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace('−', '-');
  }
}
