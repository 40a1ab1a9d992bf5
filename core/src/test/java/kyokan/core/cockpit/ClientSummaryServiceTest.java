package kyokan.core.cockpit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.jte.Content;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.client.Client;
import kyokan.core.client.ClientService;
import kyokan.core.engagement.Engagement;
import kyokan.core.i18n.Messages;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.JobRunner;
import kyokan.core.jobs.Progress;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.LedgerVersion;
import kyokan.core.sales.SaleLineInput;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.segmentation.ThresholdService;
import kyokan.core.step.AlertContext;
import kyokan.core.step.CoreServices;
import kyokan.core.step.StepAlert;
import kyokan.core.step.StepExtension;
import kyokan.core.step.StepView;
import kyokan.core.worksheet.WorksheetDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cockpit's summaries: figures as the analysis computes them, the steps' alerts, staleness, and the commit watch. */
class ClientSummaryServiceTest {
  @TempDir Path dir;
  private TestDatabase data;
  private CoreServices core;
  private ClientSummaryService summaries;
  private User consultant;
  private Client client;
  private Engagement engagement;
  private final List<StepAlert> raised = new ArrayList<>();

  /** A step that raises whatever the test puts in {@code raised}, or fails when asked to. */
  private final class AlertingStep implements StepExtension {
    private final String id;
    private final boolean fails;

    AlertingStep(String id, boolean fails) {
      this.id = id;
      this.fails = fails;
    }

    @Override public int number() { return id.equals("failing") ? 7 : 6; }
    @Override public String id() { return id; }
    @Override public Messages messages(Locale locale) { throw new UnsupportedOperationException(); }
    @Override public WorksheetDefinition worksheet() { return WorksheetDefinition.builder().longText("why").build(); }
    @Override public Content overview(StepView view) { throw new UnsupportedOperationException(); }

    @Override
    public List<StepAlert> alerts(AlertContext context) {
      if (fails) throw new IllegalStateException("broken step");
      return List.copyOf(raised);
    }
  }

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    LedgerVersion version = data.ledgerVersion();
    AnalyticsService analytics = new AnalyticsService(data.db(), version);
    ThresholdService thresholds = new ThresholdService(data.db(), data.clock());
    core = new CoreServices().register(ClientService.class, data.clients()).register(LedgerVersion.class, version)
        .register(AnalyticsService.class, analytics).register(ThresholdService.class, thresholds)
        .register(SegmentationService.class, new SegmentationService(data.db(), analytics, thresholds))
        .register(JobRunner.class, new JobRunner(data.db(), new kyokan.core.jobs.SharedFiles(data.db(), data.clock()), data.clock()));
    summaries = new ClientSummaryService(data.db(), core, data.engagements(),
        List.of(new AlertingStep("vip", false), new AlertingStep("failing", false)), data.clock());
    consultant = data.consultant("yamada@example.jp");
    client = data.client(consultant, "さくら珈琲店");
    engagement = data.engagement(client, YearMonth.of(2026, 1), consultant);
  }

  @AfterEach
  void close() {
    core.get(JobRunner.class).close();
    data.close();
  }

  @Test
  void theSummaryHoldsTheLastCompleteMonthAgainstTheMonthBeforeAsTheAnalysisComputesIt() {
    // A: first purchase in January, back in February (初回 → よちよち); B: February only; C: March (the clock's month) only.
    importSales(line("2026-01-10", "A", 3_000), line("2026-02-14", "B", 5_000), line("2026-02-20", "A", 2_000),
        line("2026-02-28", null, 1_000), line("2026-03-02", "C", 4_000));
    summaries.refresh(client.getId());

    CockpitRow row = only();
    SummaryRow s = row.summary();
    assertEquals(YearMonth.of(2026, 2), s.getMonth(), "the last sale is in March: February is the last complete month");
    assertEquals(LocalDate.of(2026, 3, 2), s.getLastSale());
    assertEquals(8_000, s.getRevenue());
    assertEquals(3_000, s.getPrevRevenue());
    assertEquals(2, s.getCustomers());
    assertEquals(1, s.getPrevCustomers());
    assertEquals(2_000, s.getRepeatShare().part(), "A's second order is February's repeat revenue");
    assertEquals(7_000, s.getRepeatShare().whole());
    assertEquals(1, s.getPromotions(), "A: 初回 → よちよち");
    assertEquals(0, s.getLapses());
    assertEquals(12, s.sparklineValues().size());
    assertEquals(List.of(3_000L, 8_000L), s.sparklineValues().subList(10, 12));
    assertFalse(row.stale());
    assertEquals(4, row.programMonth(), "the clock is on 1 April 2026: month 4 of a January start");
  }

  @Test
  void alertsComeFromUnlockedStepsOnlyAndAFailingStepIsLeftOut() {
    raised.add(new StepAlert("vip-at-risk", "alert.vipAtRisk", "/clients/" + client.getId() + "/steps/vip/at-risk", 3));
    summaries.refresh(client.getId());
    assertTrue(only().alerts().isEmpty(), "the step is locked");

    data.engagements().setUnlocked(engagement.getId(), "vip", true, consultant);
    summaries.refresh(client.getId());
    List<AlertRow> alerts = only().alerts();
    assertEquals(1, alerts.size());
    assertEquals("vip-at-risk", alerts.get(0).getKind());
    assertEquals(3, alerts.get(0).getItemCount());
    assertEquals("/clients/" + client.getId() + "/steps/vip/at-risk", alerts.get(0).getLink());

    data.engagements().setUnlocked(engagement.getId(), "vip", false, consultant);
    assertTrue(only().alerts().isEmpty(), "locked again: its stored alert is not shown");

    ClientSummaryService withBroken = new ClientSummaryService(data.db(), core, data.engagements(),
        List.of(new AlertingStep("failing", true), new AlertingStep("vip", false)), data.clock());
    data.engagements().setUnlocked(engagement.getId(), "vip", true, consultant);
    data.engagements().setUnlocked(engagement.getId(), "failing", true, consultant);
    withBroken.refresh(client.getId());
    assertEquals(List.of("vip"), only().alerts().stream().map(AlertRow::getStepId).toList());
  }

  @Test
  void aStepAlertMustLinkIntoTheWorkbenchAndCountSomething() {
    assertThrows(IllegalArgumentException.class, () -> new StepAlert("k", "key", "https://elsewhere.example", 1));
    assertThrows(IllegalArgumentException.class, () -> new StepAlert("k", "key", "/clients/1", 0));
  }

  @Test
  void aRowIsStaleAfterAnImportOrAThresholdSaveUntilRefreshed() {
    importSales(line("2026-01-10", "A", 3_000));
    summaries.refresh(client.getId());
    assertFalse(only().stale());

    importSales(line("2026-02-10", "A", 3_000));
    assertTrue(only().stale(), "the ledger moved on");
    summaries.refresh(client.getId());
    assertFalse(only().stale());

    core.get(ThresholdService.class).save(client.getId(), LocalDate.of(2026, 1, 1), CpmThresholds.DEFAULTS, consultant.getId());
    assertTrue(only().stale(), "new thresholds");
  }

  @Test
  void theWatchHearsCommittedLedgerAndThresholdChangesButNotRolledBackOnes() {
    Set<Long> heard = ConcurrentHashMap.newKeySet();
    data.db().addInterceptor(new ClientDataWatch(heard::add));
    Client other = data.client(consultant, "はなみずき洋菓子店");

    importSales(line("2026-01-10", "A", 3_000));
    assertEquals(Set.of(client.getId()), heard);

    heard.clear();
    core.get(ThresholdService.class).save(other.getId(), LocalDate.of(2026, 1, 1), CpmThresholds.DEFAULTS, consultant.getId());
    assertEquals(Set.of(other.getId()), heard);

    heard.clear();
    assertThrows(IllegalStateException.class, () -> data.db().writeVoid(s -> {
      s.getMapper(kyokan.core.sales.LedgerVersionMapper.class).incrementVersion(client.getId());
      throw new IllegalStateException("rolled back");
    }));
    assertTrue(heard.isEmpty(), "a rolled-back change tells nothing");
  }

  private CockpitRow only() {
    List<CockpitRow> rows = new CockpitReader(data.db(), List.of(new AlertingStep("vip", false)))
        .rows(consultant.getId(), LocalDate.now(data.clock()));
    assertEquals(1, rows.stream().filter(r -> r.clientId() == client.getId()).count());
    return rows.stream().filter(r -> r.clientId() == client.getId()).findFirst().orElseThrow();
  }

  private void importSales(SaleLineInput... lines) {
    data.salesImports().importSales(client.getId(), new ImportSource("sales-" + lines[0].date() + ".csv",
        Integer.toHexString(lines[0].date().hashCode()).repeat(16).substring(0, 64), ImportKind.SALES),
        new ArrayList<>(List.of(lines)).iterator(), 0, consultant, Progress.NONE);
  }

  private static SaleLineInput line(String date, String customer, long amount) {
    return new SaleLineInput(LocalDate.parse(date), null, null, null, customer, null, null, null, 1, amount);
  }
}
