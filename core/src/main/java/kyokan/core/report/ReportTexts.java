package kyokan.core.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kyokan.core.i18n.Messages;

/** The report's own words (bundle {@code kyokan/core/report/messages}) and how it writes months and dates. */
final class ReportTexts {
  private final Messages messages;
  private final DateTimeFormatter month;
  private final DateTimeFormatter date;

  ReportTexts(Locale locale) {
    this.messages = Messages.load("kyokan/core/report/messages", locale, ReportTexts.class.getClassLoader());
    boolean english = messages.locale().equals(Messages.ENGLISH);
    this.month = english ? DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH) : DateTimeFormatter.ofPattern("uuuu年M月");
    this.date = english ? DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH) : DateTimeFormatter.ofPattern("uuuu年M月d日");
  }

  Locale locale() {
    return messages.locale();
  }

  String t(String key) {
    return messages.get(key);
  }

  String t(String key, Object... args) {
    return messages.format(key, args);
  }

  /** "2025年4月" / "April 2025". */
  String month(YearMonth m) {
    return month.format(m);
  }

  /** "25年4月" / "4/25": short enough for a chart's axis. */
  String shortMonth(YearMonth m) {
    return t("chart.month", String.valueOf(m.getYear() % 100), String.valueOf(m.getMonthValue()));
  }

  String date(LocalDate d) {
    return date.format(d);
  }
}
