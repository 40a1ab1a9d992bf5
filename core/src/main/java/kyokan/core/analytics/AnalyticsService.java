package kyokan.core.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;
import kyokan.core.db.Database;
import kyokan.core.sales.LedgerVersion;

/**
 * The customer analytics engine's entry point: a client's ledger in memory, per-customer snapshots, CPM
 * cells and month reports, each cached per (client, data version, …) and dropped as soon as the client's
 * {@link LedgerVersion} moves (every import, undo, edit and merge bumps it). Everything returned is
 * immutable, so pages, exports and the PDF report can share it across threads; concurrent callers asking
 * for the same thing wait for one computation, and no lock is held while loading.
 */
public final class AnalyticsService {
  /** Default heap budgets: a million-line ledger holds about 45 MB, its month report about 7 MB. */
  private static final long LEDGER_BYTES = 256L << 20;
  private static final long RESULT_BYTES = 128L << 20;

  private record LedgerKey(long clientId, long version) {}

  private record ResultKey(long clientId, long version, Object what) {}

  private record SnapshotOf(LocalDate asOf) {}

  private record CellsOf(LocalDate asOf, CpmThresholds thresholds) {}

  private record ReportOf(YearMonth month, CpmThresholds thresholds) {}

  private record RevenueOf(YearMonth from, YearMonth to) {}

  private final LedgerVersion version;
  private final Clock clock;
  private final LedgerLoader loader;
  private final ResultCache<LedgerKey, Ledger> ledgers;
  private final ResultCache<ResultKey, Object> results;

  public AnalyticsService(Database db, LedgerVersion version) {
    this(db, version, Clock.systemDefaultZone());
  }

  /** {@code clock} says what today is, so that a sale dated in the future never makes the default month. */
  public AnalyticsService(Database db, LedgerVersion version, Clock clock) {
    this(db, version, clock, LEDGER_BYTES, RESULT_BYTES);
  }

  /** With heap budgets for the ledgers and for the results computed from them (least recently used go first). */
  public AnalyticsService(Database db, LedgerVersion version, long ledgerBytes, long resultBytes) {
    this(db, version, Clock.systemDefaultZone(), ledgerBytes, resultBytes);
  }

  private AnalyticsService(Database db, LedgerVersion version, Clock clock, long ledgerBytes, long resultBytes) {
    this.version = version;
    this.clock = clock;
    this.loader = new LedgerLoader(db, version);
    this.ledgers = new ResultCache<>(ledgerBytes, Ledger::approximateBytes);
    this.results = new ResultCache<>(resultBytes, AnalyticsService::weigh);
  }

  /** The client's ledger at its current data version, loaded once per version. */
  public Ledger ledger(long clientId) {
    return ledgerAt(clientId, currentVersion(clientId));
  }

  /** Every customer's aggregates as of {@code asOf}. */
  public CustomerSnapshot snapshot(long clientId, LocalDate asOf) {
    return snapshotAt(clientId, currentVersion(clientId), asOf);
  }

  /** Every customer's CPM cell as of {@code asOf} under {@code thresholds}. */
  public CpmCells cells(long clientId, LocalDate asOf, CpmThresholds thresholds) {
    long v = currentVersion(clientId);
    return cached(clientId, v, new CellsOf(asOf, thresholds), () -> {
      CustomerSnapshot s = snapshotAt(clientId, v, asOf);
      return CpmCells.of(s, new AnalysisBasis(clientId, s.ledger.version(), asOf, s.periodStart(), s.windowStart(), thresholds));
    });
  }

  /** The month's report (as of its last day) under {@code thresholds}. */
  public MonthReport report(long clientId, YearMonth month, CpmThresholds thresholds) {
    long v = currentVersion(clientId);
    return cached(clientId, v, new ReportOf(month, thresholds),
        () -> MonthReport.of(snapshotAt(clientId, v, month.atEndOfMonth()), thresholds));
  }

  /** Revenue split new / repeat for each month {@code from … to}, as each month's report splits it. */
  public MonthlyRevenue monthlyRevenue(long clientId, YearMonth from, YearMonth to) {
    long v = currentVersion(clientId);
    return cached(clientId, v, new RevenueOf(from, to), () -> MonthlyRevenue.of(ledgerAt(clientId, v), from, to));
  }

  /**
   * The default month to analyse: see {@link LatestCompleteMonth}, never later than the month before
   * today's. Empty when the client has no sales dated up to the end of that month.
   */
  public Optional<YearMonth> latestCompleteMonth(long clientId) {
    Ledger ledger = ledger(clientId);
    if (ledger.firstSale().isEmpty()) return Optional.empty();
    return LatestCompleteMonth.of(ledger.firstSale().get(), ledger.lastSale().orElseThrow(), today());
  }

  /** Today, by the service's clock: no analysis month lies after today's month. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  // Reads the version and forgets whatever was computed at any other version of this client.
  private long currentVersion(long clientId) {
    long v = version.current(clientId);
    ledgers.removeIf(k -> k.clientId() == clientId && k.version() != v);
    results.removeIf(k -> k.clientId() == clientId && k.version() != v);
    return v;
  }

  private Ledger ledgerAt(long clientId, long v) {
    return ledgers.get(new LedgerKey(clientId, v), () -> loader.load(clientId));
  }

  private CustomerSnapshot snapshotAt(long clientId, long v, LocalDate asOf) {
    return cached(clientId, v, new SnapshotOf(asOf), () -> CustomerSnapshot.of(ledgerAt(clientId, v), asOf));
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(long clientId, long v, Object what, Supplier<T> compute) {
    return (T) results.get(new ResultKey(clientId, v, what), compute::get);
  }

  private static long weigh(Object result) {
    if (result instanceof CustomerSnapshot s) return s.approximateBytes();
    if (result instanceof MonthReport r) return r.approximateBytes();
    if (result instanceof CpmCells c) return c.approximateBytes();
    if (result instanceof MonthlyRevenue m) return 64L * m.months().size();
    throw new IllegalArgumentException("not an analytics result: " + result.getClass());
  }
}
