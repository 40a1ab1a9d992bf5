package kyokan.core.cockpit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CellHistory;
import kyokan.core.analytics.Ledger;
import kyokan.core.analytics.MonthReport;
import kyokan.core.analytics.MonthlyRevenue;
import kyokan.core.analytics.MoveKind;
import kyokan.core.analytics.Movement;
import kyokan.core.client.Client;
import kyokan.core.client.ClientService;
import kyokan.core.db.Database;
import kyokan.core.engagement.Engagement;
import kyokan.core.engagement.EngagementService;
import kyokan.core.engagement.StepUnlock;
import kyokan.core.jobs.JobRunner;
import kyokan.core.sales.LedgerVersion;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.segmentation.ThresholdService;
import kyokan.core.step.AlertContext;
import kyokan.core.step.CoreServices;
import kyokan.core.step.StepAlert;
import kyokan.core.step.StepExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each client's cockpit figures, computed when the client's data changes rather than when the cockpit is
 * read: the last sale, the last complete month against the month before (revenue, customers, repeat share,
 * 優良), the month's CPM movement, twelve months of revenue, and the alerts of the unlocked steps. Written
 * to {@code client_summary} and {@code client_alert} in one transaction; {@link #refreshLater} queues the work
 * on the {@link JobRunner} (once per client, however many changes arrive meanwhile).
 */
public final class ClientSummaryService {
  private static final Logger log = LoggerFactory.getLogger(ClientSummaryService.class);
  static final int SPARKLINE_MONTHS = 12;
  private final Database db;
  private final CoreServices core;
  private final EngagementService engagements;
  private final List<StepExtension> steps;
  private final Clock clock;
  private final Set<Long> pending = ConcurrentHashMap.newKeySet();
  // One refresh of a client at a time: the background one and a direct call would both replace the row.
  private final Map<Long, Object> locks = new ConcurrentHashMap<>();
  private final CockpitReader reader;

  public ClientSummaryService(Database db, CoreServices core, EngagementService engagements, List<StepExtension> steps,
      Clock clock) {
    this.db = db;
    this.core = core;
    this.engagements = engagements;
    this.steps = List.copyOf(steps);
    this.clock = clock;
    this.reader = new CockpitReader(db, this.steps);
    db.addMapper(CockpitMapper.class);
  }

  /**
   * The consultant's clients as the cockpit shows them, by name. Rows computed from older data are returned
   * as they are (marked stale) and a refresh is queued for them.
   */
  public List<CockpitRow> cockpit(long consultantId) {
    List<CockpitRow> rows = reader.rows(consultantId, LocalDate.now(clock));
    rows.stream().filter(CockpitRow::stale).forEach(r -> refreshLater(r.clientId()));
    return rows;
  }

  /** The client's stored step alerts (of the steps unlocked at the last summary). */
  public List<AlertRow> alertsOf(long clientId) {
    return db.read(s -> CockpitReader.alertsOf(s, clientId));
  }

  /** Queues a refresh of the client's figures in the background; a refresh already queued covers this one. */
  public void refreshLater(long clientId) {
    if (!pending.add(clientId)) return;
    core.get(JobRunner.class).queue("client-summary", () -> {
      pending.remove(clientId);
      refresh(clientId);
    });
  }

  /** Whether a refresh of the client is queued and not yet started. */
  public boolean isPending(long clientId) {
    return pending.contains(clientId);
  }

  /** Computes and stores the client's figures and alerts now (waiting for a refresh of the same client in progress). */
  public void refresh(long clientId) {
    synchronized (locks.computeIfAbsent(clientId, k -> new Object())) {
      compute(clientId);
    }
  }

  private void compute(long clientId) {
    Client client = core.get(ClientService.class).get(clientId);
    // The versions are read before computing: a change that lands meanwhile leaves the row stale, so it is redone.
    long version = core.get(LedgerVersion.class).current(clientId);
    long thresholdsId = core.get(ThresholdService.class).version(clientId);
    SummaryRow row = SummaryRow.of(clientId, version, thresholdsId, LocalDate.now(clock),
        clock.instant());
    AnalyticsService analytics = core.get(AnalyticsService.class);
    Ledger ledger = analytics.ledger(clientId);
    ledger.lastSale().ifPresent(row::lastSale);
    ledger.latestCompleteMonth().filter(m -> hasSales(ledger, m)).ifPresent(m -> monthFigures(row, ledger, m));
    List<AlertRow> alerts = alerts(client);
    db.writeVoid(s -> {
      CockpitMapper m = s.getMapper(CockpitMapper.class);
      m.deleteSummary(clientId);
      m.insertSummary(row);
      m.deleteAlerts(clientId);
      alerts.forEach(m::insertAlert);
    });
  }

  private void monthFigures(SummaryRow row, Ledger ledger, YearMonth month) {
    SegmentationService segmentation = core.get(SegmentationService.class);
    long clientId = row.getClientId();
    MonthReport r = segmentation.report(clientId, month);
    row.month(month, r.revenue().revenue(), r.active().boughtInPeriod(), r.revenue().repeatShare(), r.top().activeLoyalCount());
    if (hasSales(ledger, month.minusMonths(1))) {
      MonthReport p = segmentation.report(clientId, month.minusMonths(1));
      row.previous(p.revenue().revenue(), p.active().boughtInPeriod(), p.revenue().repeatShare(), p.top().activeLoyalCount());
      CellHistory history = segmentation.cellHistory(clientId, month);
      if (history.covers(month) && history.covers(month.minusMonths(1))) {
        Movement moves = history.movement(month);
        row.movement(moves.count(MoveKind.PROMOTION), moves.count(MoveKind.LAPSE), moves.count(MoveKind.RETURN));
      }
    }
    MonthlyRevenue revenue = core.get(AnalyticsService.class).monthlyRevenue(clientId,
        month.minusMonths(SPARKLINE_MONTHS - 1L), month);
    row.sparkline(revenue.months().stream().map(MonthlyRevenue.Month::revenue).toList());
  }

  private static boolean hasSales(Ledger ledger, YearMonth month) {
    return ledger.firstSale().map(first -> !YearMonth.from(first).isAfter(month)).orElse(false);
  }

  /** The alerts of the steps unlocked in the current engagement; a step that fails is logged and left out. */
  private List<AlertRow> alerts(Client client) {
    Engagement engagement = engagements.current(client.getId()).orElse(null);
    if (engagement == null) return List.of();
    Map<String, StepUnlock> unlocks = engagements.unlocks(engagement.getId());
    AlertContext context = new AlertContext(client, engagement, LocalDate.now(clock), core);
    List<AlertRow> rows = new ArrayList<>();
    for (StepExtension step : steps) {
      StepUnlock unlock = unlocks.get(step.id());
      if (unlock == null || !unlock.isUnlocked()) continue;
      try {
        for (StepAlert alert : step.alerts(context)) rows.add(AlertRow.of(client.getId(), rows.size() + 1, step.id(), alert));
      } catch (RuntimeException e) {
        log.warn("step {} failed to give its alerts for client {}", step.id(), client.getId(), e);
      }
    }
    return rows;
  }
}
