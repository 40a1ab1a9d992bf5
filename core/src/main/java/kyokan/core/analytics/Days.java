package kyokan.core.analytics;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Calendar arithmetic on epoch days (days since 1970-01-01) without objects, for the analysis loops.
 * A month index is {@code year × 12 + month − 1}.
 */
final class Days {
  private Days() {}

  /** The epoch day of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
  static int of(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }

  /** The month index of an epoch day (H. Hinnant's civil_from_days, keeping only year and month). */
  static int monthIndex(int epochDay) {
    int z = epochDay + 719_468;
    int era = Math.floorDiv(z, 146_097);
    int dayOfEra = z - era * 146_097;
    int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int shiftedMonth = (5 * dayOfYear + 2) / 153;
    int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    int year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return year * 12 + month - 1;
  }

  static int monthIndex(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  static YearMonth month(int monthIndex) {
    return YearMonth.of(Math.floorDiv(monthIndex, 12), Math.floorMod(monthIndex, 12) + 1);
  }

  static int firstDayOfMonth(int monthIndex) {
    return of(Math.floorDiv(monthIndex, 12), Math.floorMod(monthIndex, 12) + 1, 1);
  }

  static int lastDayOfMonth(int monthIndex) {
    return firstDayOfMonth(monthIndex + 1) - 1;
  }

  static int of(LocalDate date) {
    return Math.toIntExact(date.toEpochDay());
  }

  static LocalDate date(int epochDay) {
    return LocalDate.ofEpochDay(epochDay);
  }
}
