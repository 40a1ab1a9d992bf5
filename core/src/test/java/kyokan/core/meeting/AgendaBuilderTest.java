package kyokan.core.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.MoveKind;
import kyokan.core.analytics.NamedMove;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SaleLineInput;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.segmentation.ThresholdService;
import kyokan.core.worksheet.WorksheetDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agenda reads the same engines as the analysis pages: figures, movement, worksheet, carried-over items. */
class AgendaBuilderTest {
  private static final YearMonth FEB = YearMonth.of(2026, 2);
  private static final YearMonth MAR = YearMonth.of(2026, 3);
  private static final YearMonth APR = YearMonth.of(2026, 4);

  @TempDir Path dir;
  private TestDatabase data;
  private AnalyticsService analytics;
  private ThresholdService thresholds;
  private MeetingService meetings;
  private AgendaBuilder agendas;
  private User consultant;
  private User owner;
  private Client client;
  private Engagement engagement;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    analytics = new AnalyticsService(data.db(), data.ledgerVersion());
    thresholds = new ThresholdService(data.db(), data.clock());
    meetings = new MeetingService(data.db(), data.clock());
    agendas = new AgendaBuilder(analytics, thresholds, new SegmentationService(data.db(), analytics, thresholds),
        data.worksheets(), meetings);
    consultant = data.consultant("yamada@example.jp");
    client = data.client(consultant, "さくら珈琲店");
    owner = data.clientUser(client, "owner@sakura.example.jp");
    engagement = data.engagement(client, MAR, consultant);
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void aMeetingLooksAtTheMonthBeforeItBesideTheMonthBeforeThat() {
    // A: first purchase in January, back in March (初回 → よちよち); B: one purchase in February; an anonymous sale on 31 March.
    importSales(List.of(
        line("2026-01-10", "A", 3_000), line("2026-02-14", "B", 5_000), line("2026-03-05", "A", 2_000),
        line("2026-03-31", null, 1_000)));
    Meeting m = meetings.open(engagement, APR, consultant);

    Agenda agenda = agendas.build(m, engagement, "analysis");

    assertEquals(2, agenda.programMonth());
    KeyFigures march = agenda.figures().orElseThrow();
    assertEquals(MAR, march.month());
    assertEquals(KeyFigures.of(analytics.report(client.getId(), MAR, CpmThresholds.DEFAULTS)), march);
    assertEquals(2_000, march.captureRate().part());
    assertEquals(3_000, march.captureRate().whole());
    assertEquals(2, march.activeCustomers());
    assertEquals(FEB, agenda.previous().orElseThrow().month());
    assertEquals(5_000, agenda.previous().get().newShare().part());
    assertEquals(CpmThresholds.DEFAULTS, agenda.thresholds());

    List<NamedMove> moves = agenda.headlineMoves();
    assertEquals(1, moves.size());
    assertEquals(MoveKind.PROMOTION, moves.get(0).kind());
    assertEquals(CpmCell.FIRST_TIMER, moves.get(0).from());
    assertEquals(CpmCell.TODDLER, moves.get(0).to());
    assertEquals(1, agenda.movement().orElseThrow().count(CpmCell.FIRST_TIMER, CpmCell.TODDLER));
  }

  @Test
  void theAgendaUsesTheThresholdsInForceAndTheLastCompleteMonthWhenDataLags() {
    importSales(List.of(line("2026-01-10", "A", 3_000), line("2026-02-27", "A", 2_000)));
    CpmThresholds shop = CpmThresholds.byAmount(120, 30, 60, 4_000);
    thresholds.save(client.getId(), LocalDate.of(2026, 1, 1), shop, consultant.getId());
    Meeting m = meetings.open(engagement, APR, consultant);

    Agenda agenda = agendas.build(m, engagement, null);

    // The last sale is on 27 February: January is the last complete month.
    assertEquals(YearMonth.of(2026, 1), agenda.figures().orElseThrow().month());
    assertTrue(agenda.previous().isEmpty(), "no sales before January");
    assertTrue(agenda.movement().isEmpty());
    assertEquals(shop, agenda.thresholds());
    assertTrue(agenda.worksheet().isEmpty());
  }

  @Test
  void withoutSalesTheAgendaHasTheWorksheetAndItemsButNoFigures() {
    WorksheetDefinition def = WorksheetDefinition.builder().longText("why").build();
    data.worksheets().save(engagement.getId(), "analysis", def, 0, Map.of("why", "常連さんを増やしたい"), true, owner);
    Meeting march = meetings.open(engagement, MAR, consultant);
    meetings.addActionItem(client.getId(), engagement.getId(), march.getId(),
        new NewActionItem("POSの書き出しを送る", ItemOwner.CLIENT, LocalDate.of(2026, 3, 20)), consultant);
    Meeting april = meetings.open(engagement, APR, consultant);

    Agenda agenda = agendas.build(april, engagement, "analysis");

    assertTrue(agenda.figures().isEmpty());
    assertTrue(agenda.movement().isEmpty());
    assertTrue(agenda.headlineMoves().isEmpty());
    assertEquals("常連さんを増やしたい", agenda.worksheet().orElseThrow().answer("why"));
    assertEquals(1, agenda.carriedOver().size());
    assertEquals(1, agenda.openCarriedOver());
  }

  private void importSales(List<SaleLineInput> lines) {
    data.salesImports().importSales(client.getId(), new ImportSource("sales.csv", "a".repeat(64), ImportKind.SALES),
        new ArrayList<>(lines).iterator(), 0, consultant, Progress.NONE);
  }

  private static SaleLineInput line(String date, String customer, long amount) {
    return new SaleLineInput(LocalDate.parse(date), null, null, null, customer, null, null, null, 1, amount);
  }
}
