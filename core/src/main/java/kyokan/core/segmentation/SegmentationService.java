package kyokan.core.segmentation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import kyokan.core.NotFoundException;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CellHistory;
import kyokan.core.analytics.CellHistoryCache;
import kyokan.core.analytics.CpmCells;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.Ledger;
import kyokan.core.analytics.MonthCell;
import kyokan.core.analytics.MonthReport;
import kyokan.core.analytics.Movement;
import kyokan.core.analytics.ThresholdEvidence;
import kyokan.core.client.Client;
import kyokan.core.client.ClientMapper;
import kyokan.core.db.Database;

/**
 * Step 3's engine: every customer's CPM cell at every month end under the thresholds in force then, the
 * movement between months, a customer's own cells over time, previews of new thresholds, and suggested
 * thresholds from the shop's data. Cell histories are cached per (client, ledger version, thresholds
 * version, last month) and dropped as soon as either version moves; everything returned is immutable.
 */
public final class SegmentationService {
  private static final long HISTORY_BYTES = 64L << 20;

  private record HistoryKey(long clientId, long dataVersion, long thresholdsVersion, YearMonth lastMonth) {}

  private final Database db;
  private final AnalyticsService analytics;
  private final ThresholdService thresholds;
  private final CellHistoryCache<HistoryKey> histories = new CellHistoryCache<>(HISTORY_BYTES);

  public SegmentationService(Database db, AnalyticsService analytics, ThresholdService thresholds) {
    this.db = db;
    this.analytics = analytics;
    this.thresholds = thresholds;
  }

  /** Every customer's cell at every month end from the first sale's month to {@code lastMonth}, under the thresholds then. */
  public CellHistory cellHistory(long clientId, YearMonth lastMonth) {
    Ledger ledger = analytics.ledger(clientId);
    ThresholdHistory saved = thresholds.history(clientId);
    long data = ledger.version();
    long version = saved.version();
    histories.removeIf(k -> k.clientId() == clientId && (k.dataVersion() != data || k.thresholdsVersion() != version));
    return histories.get(new HistoryKey(clientId, data, version, lastMonth),
        () -> CellHistory.of(ledger, lastMonth, saved::atMonthEnd));
  }

  /**
   * The month's report under the shop's thresholds in force at its end (the defaults until step 3 saves
   * some): the figures every page, the JSON, the command line and the printed report show.
   */
  public MonthReport report(long clientId, YearMonth month) {
    return analytics.report(clientId, month, thresholds.inForce(clientId, month.atEndOfMonth()));
  }

  /** The moves from the month before {@code month} to {@code month}, with the customers behind each. */
  public Movement movement(long clientId, YearMonth month) {
    return cellHistory(clientId, month).movement(month);
  }

  /** One customer's (database id) cell at every month end to {@code lastMonth}; never a customer if they have no sale. */
  public List<MonthCell> customerHistory(long clientId, long customerId, YearMonth lastMonth) {
    CellHistory history = cellHistory(clientId, lastMonth);
    OptionalInt index = history.ledger().customerIndex(customerId);
    if (index.isPresent()) return history.customerHistory(index.getAsInt());
    List<MonthCell> none = new ArrayList<>();
    for (YearMonth m : history.months()) none.add(new MonthCell(m, m.atEndOfMonth(), history.thresholds(m), null));
    return none;
  }

  /** Every customer's cell as of {@code asOf} under the thresholds in force then. */
  public CpmCells cells(long clientId, LocalDate asOf) {
    return analytics.cells(clientId, asOf, thresholds.inForce(clientId, asOf));
  }

  /** The counts new thresholds would give as of {@code asOf}, before anything is saved. */
  public CpmCells preview(long clientId, LocalDate asOf, CpmThresholds proposed) {
    return analytics.cells(clientId, asOf, proposed);
  }

  /** Thresholds proposed from the shop's own data as of {@code asOf}, with their reasons and distributions. */
  public ThresholdSuggestion suggestion(long clientId, LocalDate asOf) {
    Client client = db.read(s -> s.getMapper(ClientMapper.class).selectById(clientId));
    if (client == null) throw new NotFoundException("client " + clientId);
    CpmThresholds inForce = thresholds.inForce(clientId, asOf);
    return ThresholdSuggestion.of(ThresholdEvidence.of(analytics.snapshot(clientId, asOf), inForce), client.getCurrency());
  }

  /** Saves thresholds from {@code effectiveFrom} on ({@link ThresholdService#save}) and drops the histories they change. */
  public ThresholdEntry saveThresholds(long clientId, LocalDate effectiveFrom, CpmThresholds proposed, long userId) {
    ThresholdEntry entry = thresholds.save(clientId, effectiveFrom, proposed, userId);
    histories.removeIf(k -> k.clientId() == clientId);
    return entry;
  }

  /**
   * Recomputes all of history with new thresholds, on purpose: saves them effective from the first day of
   * the first sale's month, so every month end uses them (earlier saves stay in the record).
   *
   * @throws InvalidThresholdsException when the client has no sales yet, or a value is out of range
   */
  public ThresholdEntry recomputeHistory(long clientId, CpmThresholds proposed, long userId) {
    LocalDate firstSale = analytics.ledger(clientId).firstSale()
        .orElseThrow(() -> new InvalidThresholdsException("effectiveFrom", "error.segmentation.noSales"));
    return saveThresholds(clientId, YearMonth.from(firstSale).atDay(1), proposed, userId);
  }
}
