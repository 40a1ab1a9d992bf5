package kyokan.core.importing;

import static java.util.regex.Pattern.CASE_INSENSITIVE;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates and times as shops' files write them: 2024-01-05, 2024/1/5, 2024年1月5日, 20240105, 5-Jan-2024,
 * Jan 5, 2024, 1/5/2024 (in the mapping's order), each with an optional time such as 7:45, 07:45:00,
 * 10:00:00+09:00, 3:05 PM or 午後3時5分. A zone offset is dropped: the time is kept as the shop's clock showed it.
 */
public final class DateParser {
  private static final String REST = "(?<rest>(?:[T\\s].*)?)";
  private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?" + REST);
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})" + REST);
  private static final Pattern DAY_MONTH_NAME = Pattern.compile("(\\d{1,2})[-\\s/.]([a-z]{3,9})\\.?[-\\s/.,]+(\\d{4}|\\d{2})(?![\\d:])" + REST, CASE_INSENSITIVE);
  private static final Pattern MONTH_NAME_DAY = Pattern.compile("([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + REST, CASE_INSENSITIVE);
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{1,2})(?![\\d:])" + REST);
  private static final Pattern WEEKDAY = Pattern.compile("\\s*\\([月火水木金土日]\\)");
  private static final Pattern TIME = Pattern.compile(
      "(?<ampm1>午前|午後|am|pm)?\\s*(?<h>\\d{1,2})(?::(?<m>\\d{2})(?::(?<s>\\d{2})(?:[.,]\\d+)?)?|時(?:(?<jm>\\d{1,2})分)?(?:(?<js>\\d{1,2})秒)?)"
          + "\\s*(?<ampm2>am|pm|a\\.m\\.|p\\.m\\.)?\\s*(?:z|[+-]\\d{2}:?\\d{2}|utc|gmt|jst|[a-z]{3,4})?", CASE_INSENSITIVE);
  private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december"};

  private DateParser() {}

  /**
   * Reads a date with an optional time.
   *
   * @throws InvalidValueException DATE_MISSING, DATE_INVALID, DATE_AMBIGUOUS or TIME_INVALID
   */
  public static DateTimeValue parse(String text, DateOrder order) {
    String s = text == null ? "" : WEEKDAY.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip()).replaceAll("");
    if (s.isEmpty()) throw new InvalidValueException(ProblemKind.DATE_MISSING);
    Matcher m;
    if ((m = YEAR_FIRST.matcher(s)).matches() || (m = COMPACT.matcher(s)).matches()) {
      return at(date(m.group(1), m.group(2), m.group(3)), m.group("rest"));
    }
    if ((m = DAY_MONTH_NAME.matcher(s)).matches()) return at(date(m.group(3), month(m.group(2)), m.group(1)), m.group("rest"));
    if ((m = MONTH_NAME_DAY.matcher(s)).matches()) return at(date(m.group(3), month(m.group(1)), m.group(2)), m.group("rest"));
    if ((m = NUMERIC.matcher(s)).matches()) return at(numeric(m.group(1), m.group(2), m.group(3), order), m.group("rest"));
    throw new InvalidValueException(ProblemKind.DATE_INVALID);
  }

  /**
   * Reads a time of day on its own.
   *
   * @throws InvalidValueException TIME_INVALID
   */
  public static LocalTime parseTime(String text) {
    String s = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    Matcher m = TIME.matcher(s);
    if (!m.matches()) throw new InvalidValueException(ProblemKind.TIME_INVALID);
    int hour = Integer.parseInt(m.group("h"));
    int minute = Integer.parseInt(first(m.group("m"), m.group("jm"), "0"));
    int second = Integer.parseInt(first(m.group("s"), m.group("js"), "0"));
    String ampm = first(m.group("ampm1"), m.group("ampm2"), "").toLowerCase(Locale.ROOT);
    if (!ampm.isEmpty()) {
      if (hour > 12) throw new InvalidValueException(ProblemKind.TIME_INVALID);
      boolean afternoon = ampm.equals("午後") || ampm.startsWith("p");
      hour = hour % 12 + (afternoon ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) throw new InvalidValueException(ProblemKind.TIME_INVALID, "あり得ない時刻です。");
    return LocalTime.of(hour, minute, second);
  }

  private static DateTimeValue at(LocalDate date, String rest) {
    String time = rest.strip();
    if (time.startsWith("T") || time.startsWith("t")) time = time.substring(1);
    return new DateTimeValue(date, time.isEmpty() ? null : parseTime(time));
  }

  private static LocalDate numeric(String a, String b, String c, DateOrder order) {
    if (a.length() > 2) return date(a, b, c);
    int first = Integer.parseInt(a);
    int second = Integer.parseInt(b);
    if (c.length() == 4 && order == DateOrder.YMD) {
      // Year last but year-first chosen: only a part over 12 tells day from month.
      if (first > 12 && second <= 12) return date(c, b, a);
      if (second > 12 && first <= 12) return date(c, a, b);
      if (first == second) return date(c, a, b);
      throw new InvalidValueException(ProblemKind.DATE_AMBIGUOUS);
    }
    return switch (order) {
      case YMD -> date(a, b, c);
      case MDY -> date(c, a, b);
      case DMY -> date(c, b, a);
    };
  }

  private static LocalDate date(String year, String month, String day) {
    int y = Integer.parseInt(year);
    // Two-digit years: 24 is 2024, 85 is 1985 (birthdays).
    if (year.length() <= 2) y += y < 50 ? 2000 : 1900;
    if (y < 1900 || y > 2100) throw new InvalidValueException(ProblemKind.DATE_INVALID, "年が範囲外です（1900〜2100年）。");
    try {
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      throw new InvalidValueException(ProblemKind.DATE_INVALID, "存在しない日付です。");
    }
  }

  private static String month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].startsWith(n) || (n.equals("sept") && i == 8)) return Integer.toString(i + 1);
    }
    throw new InvalidValueException(ProblemKind.DATE_INVALID);
  }

  private static String first(String a, String b, String otherwise) {
    return a != null ? a : b != null ? b : otherwise;
  }
}
