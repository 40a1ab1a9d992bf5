package kyokan.core.segmentation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import kyokan.core.analytics.CpmThresholds;

/**
 * A client's saved CPM thresholds, every save kept. The thresholds in force on a date are those of the
 * latest save whose effective date is on or before it; before any, the client's {@link DefaultThresholds}. So a
 * save overrides whatever earlier saves said from its own date on, past month ends keep the thresholds
 * that were in force, and saving thresholds effective from the first sale's month recomputes all of
 * history with them, on purpose. Immutable.
 */
public final class ThresholdHistory {
  /**
   * A stretch of dates with the same thresholds.
   *
   * @param to the last day, null while open-ended
   * @param entry the save in force
   */
  public record Period(LocalDate from, LocalDate to, ThresholdEntry entry) {
    public CpmThresholds thresholds() {
      return entry.thresholds();
    }
  }

  private final long clientId;
  private final List<ThresholdEntry> entries;
  private final DefaultThresholds.Defaults defaults;

  /** {@code entries} in the order they were saved; before any, the published defaults. */
  public ThresholdHistory(long clientId, List<ThresholdEntry> entries) {
    this(clientId, entries, DefaultThresholds.PUBLISHED.forClient(clientId));
  }

  /** @param defaults what is in force before the first save */
  public ThresholdHistory(long clientId, List<ThresholdEntry> entries, DefaultThresholds.Defaults defaults) {
    this.clientId = clientId;
    this.entries = List.copyOf(entries);
    this.defaults = defaults;
  }

  /** The thresholds before any save, and whether their amount limit is the suggestion from the client's data. */
  public DefaultThresholds.Defaults defaults() { return defaults; }

  public long clientId() { return clientId; }

  /** Every save, oldest first. */
  public List<ThresholdEntry> entries() { return entries; }

  /** Changes with every save (the latest one's id; 0 while none): a cache key for results computed under this history. */
  public long version() {
    return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).id();
  }

  /** The save in force on {@code date}; empty when the defaults apply. */
  public Optional<ThresholdEntry> entryInForce(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (!entries.get(i).effectiveFrom().isAfter(date)) return Optional.of(entries.get(i));
    }
    return Optional.empty();
  }

  public CpmThresholds inForce(LocalDate date) {
    return entryInForce(date).map(ThresholdEntry::thresholds).orElse(defaults.thresholds());
  }

  /** The thresholds of a month's snapshot: those in force on its last day. */
  public CpmThresholds atMonthEnd(YearMonth month) {
    return inForce(month.atEndOfMonth());
  }

  /** The thresholds over time from the earliest effective date on, oldest first (before it, the defaults). */
  public List<Period> periods() {
    TreeSet<LocalDate> starts = new TreeSet<>();
    for (ThresholdEntry e : entries) starts.add(e.effectiveFrom());
    List<Period> periods = new ArrayList<>();
    ThresholdEntry current = null;
    LocalDate from = null;
    for (LocalDate start : starts) {
      ThresholdEntry inForce = entryInForce(start).orElseThrow();
      if (inForce == current) continue;
      if (current != null) periods.add(new Period(from, start.minusDays(1), current));
      current = inForce;
      from = start;
    }
    if (current != null) periods.add(new Period(from, null, current));
    return periods;
  }
}
