package kyokan.view;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Japanese readers expect them (2026年11月), or English ones. */
public final class Format {
  private Format() {}

  public static String month(YearMonth month, Locale locale) {
    return "en".equals(locale.getLanguage())
        ? month.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH))
        : month.getYear() + "年" + month.getMonthValue() + "月";
  }

  public static String dateTime(Instant instant) {
    return kyokan.core.step.Dates.dateTime(instant);
  }
}
