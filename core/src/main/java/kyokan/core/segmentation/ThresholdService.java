package kyokan.core.segmentation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import kyokan.core.NotFoundException;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.client.ClientMapper;
import kyokan.core.db.Database;

/**
 * Each client's CPM thresholds, kept with the date from which they apply (see {@link ThresholdHistory}
 * for which save is in force when). Every save is kept; nothing is ever overwritten, so the history of
 * who changed what, when, stays readable. Not ledger data: saving does not bump the ledger's version.
 */
public final class ThresholdService {
  private record Cached(long version, DefaultThresholds.Defaults defaults, ThresholdHistory history) {}

  private final Database db;
  private final Clock clock;
  // Every page of steps 2 and 3 asks for the thresholds in force; saves only add rows, so each client's
  // history is kept while its newest save's id in the database stays the same, whichever process saved.
  private final Map<Long, Cached> histories = new ConcurrentHashMap<>();

  private final DefaultThresholds defaults;

  /** A service whose clients all start from the published defaults. */
  public ThresholdService(Database db, Clock clock) {
    this(db, clock, DefaultThresholds.PUBLISHED);
  }

  /** @param defaults the thresholds of a client before the first save ({@link SuggestedDefaults} in the workbench) */
  public ThresholdService(Database db, Clock clock, DefaultThresholds defaults) {
    this.db = db;
    this.clock = clock;
    this.defaults = defaults;
    // Core's mapper list lives in the db package; registering here keeps this feature in one place.
    db.addMapper(ThresholdMapper.class);
  }

  /**
   * Saves thresholds that apply from {@code effectiveFrom} on (until a later save's date, or for good).
   *
   * @throws InvalidThresholdsException when a value is out of range or the date is missing
   * @throws NotFoundException when there is no such client
   */
  public ThresholdEntry save(long clientId, LocalDate effectiveFrom, CpmThresholds thresholds, long userId) {
    Map<String, String> problems = thresholds == null
        ? new LinkedHashMap<>(Map.of("thresholds", ThresholdRules.REQUIRED))
        : ThresholdRules.problems(ThresholdInput.of(thresholds));
    if (effectiveFrom == null) problems.put("effectiveFrom", "error.segmentation.effectiveFrom");
    if (!problems.isEmpty()) throw new InvalidThresholdsException(problems);
    return db.write(s -> {
      if (s.getMapper(ClientMapper.class).selectById(clientId) == null) throw new NotFoundException("client " + clientId);
      ThresholdMapper m = s.getMapper(ThresholdMapper.class);
      ThresholdRow row = ThresholdRow.of(clientId, effectiveFrom, thresholds, userId, clock.instant());
      m.insertThresholds(row);
      return m.selectById(clientId, row.getId()).toEntry();
    });
  }

  /** Which saves the client's thresholds are at: its newest save's id, 0 before the first. */
  public long version(long clientId) {
    Long latest = db.read(s -> s.getMapper(ThresholdMapper.class).selectLatestId(clientId));
    return latest == null ? 0 : latest;
  }

  /** The thresholds in force on {@code date}; the client's defaults while none are saved for it. */
  public CpmThresholds inForce(long clientId, LocalDate date) {
    return history(clientId).inForce(date);
  }

  /** Every save of the client, with the rule for which is in force when. */
  public ThresholdHistory history(long clientId) {
    // Read before the rows: a save landing in between leaves an older version on newer rows, read again next time.
    long before = version(clientId);
    DefaultThresholds.Defaults start = defaults.forClient(clientId);
    Cached cached = histories.get(clientId);
    if (cached != null && cached.version() == before && cached.defaults().equals(start)) return cached.history();
    List<ThresholdRow> rows = db.read(s -> s.getMapper(ThresholdMapper.class).selectByClient(clientId));
    ThresholdHistory history = new ThresholdHistory(clientId, rows.stream().map(ThresholdRow::toEntry).toList(), start);
    histories.put(clientId, new Cached(before, start, history));
    return history;
  }

  /** The thresholds of each month's snapshot (those in force on its last day), read once: for a {@code CellHistory}. */
  public Function<YearMonth, CpmThresholds> byMonth(long clientId) {
    return history(clientId)::atMonthEnd;
  }
}
