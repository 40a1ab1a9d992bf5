package kyokan.core.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The month an analysis page shows: the one asked for when the data covers it, else the last complete
 * month (METHOD.md's default), with a notice that the asked-for month was not available. Months after
 * today's are never offered, whatever dates the ledger holds.
 *
 * @param months every month from the first sale's to the last sale's or today's, whichever is earlier,
 *     newest first (for the picker)
 * @param refused the month asked for could not be read or is outside the data
 */
public record MonthChoice(YearMonth month, List<YearMonth> months, boolean refused) {

  /**
   * Empty when the client has no sales yet (none dated before today's month). {@code asked} is YYYY-MM or a
   * date YYYY-MM-DD.
   */
  public static Optional<MonthChoice> of(AnalyticsService analytics, long clientId, Optional<String> asked) {
    Ledger ledger = analytics.ledger(clientId);
    Optional<YearMonth> fallback = analytics.latestCompleteMonth(clientId);
    if (fallback.isEmpty()) return Optional.empty();
    YearMonth first = YearMonth.from(ledger.firstSale().orElseThrow());
    YearMonth lastSale = YearMonth.from(ledger.lastSale().orElseThrow());
    YearMonth thisMonth = YearMonth.from(analytics.today());
    YearMonth last = lastSale.isAfter(thisMonth) ? thisMonth : lastSale;
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = last; !m.isBefore(first); m = m.minusMonths(1)) months.add(m);
    Optional<String> given = asked.filter(s -> !s.isBlank());
    Optional<YearMonth> inData = given.flatMap(MonthChoice::parse).filter(m -> !m.isBefore(first) && !m.isAfter(last));
    return Optional.of(new MonthChoice(inData.orElse(fallback.get()), List.copyOf(months), given.isPresent() && inData.isEmpty()));
  }

  /** The month's last day: the as-of date of its figures. */
  public LocalDate asOf() {
    return month.atEndOfMonth();
  }

  /** The first month of the data (its first sale's). */
  public YearMonth firstMonth() {
    return months.get(months.size() - 1);
  }

  /** The month before, when the data covers it. */
  public Optional<YearMonth> previous() {
    return within(month.minusMonths(1));
  }

  /** The same month a year before, when the data covers it. */
  public Optional<YearMonth> yearBefore() {
    return within(month.minusYears(1));
  }

  /** {@code 2025-04} or a date in the month, {@code 2025-04-30}; empty when neither. */
  public static Optional<YearMonth> parse(String text) {
    try {
      return Optional.of(text.length() > 7 ? YearMonth.from(LocalDate.parse(text)) : YearMonth.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Optional<YearMonth> within(YearMonth m) {
    return months.contains(m) ? Optional.of(m) : Optional.empty();
  }
}
