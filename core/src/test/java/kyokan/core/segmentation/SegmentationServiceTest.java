package kyokan.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import kyokan.core.NotFoundException;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CellHistory;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.CustomerSnapshot;
import kyokan.core.analytics.Ledger;
import kyokan.core.analytics.MonthCell;
import kyokan.core.analytics.MoveKind;
import kyokan.core.analytics.Movement;
import kyokan.core.client.Client;
import kyokan.core.client.NewClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The segmentation step's engine on a real database: threshold history, caching, previews, suggestions. */
class SegmentationServiceTest {
  private static final YearMonth JAN = YearMonth.of(2024, 1);
  private static final YearMonth FEB = YearMonth.of(2024, 2);
  private static final YearMonth MAR = YearMonth.of(2024, 3);
  private static final YearMonth APR = YearMonth.of(2024, 4);
  private static final YearMonth MAY = YearMonth.of(2024, 5);
  private static final CpmThresholds SHORT = CpmThresholds.byAmount(60, 30, 90, 10_000);
  private static final CpmThresholds LOW_AMOUNT = CpmThresholds.byAmount(60, 30, 90, 1_000);
  private static final CpmThresholds LONG = CpmThresholds.byAmount(365, 30, 90, 1_000);
  @TempDir Path dir;
  private TestDatabase data;
  private User consultant;
  private Client client;
  private AnalyticsService analytics;
  private ThresholdService thresholds;
  private SegmentationService segmentation;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    consultant = data.consultant("yamada@example.jp");
    client = data.client(consultant, "さくら珈琲店");
    analytics = new AnalyticsService(data.db(), data.ledgerVersion());
    thresholds = new ThresholdService(data.db(), data.clock());
    segmentation = new SegmentationService(data.db(), analytics, thresholds);
    // A 初回 → よちよち in Feb; B lapses in March, back as 優良 in April; C lapses in March, back as コツコツ in April.
    ShopSales.of()
        .line("2024-01-10", "A", "A1", 3_000).line("2024-02-05", "A", "A2", 3_000)
        .line("2024-01-01", "B", "B1", 6_000).line("2024-04-01", "B", "B2", 6_000)
        .line("2024-01-05", "C", "C1", 1_000).line("2024-04-20", "C", "C2", 1_000)
        .importInto(data, client.getId(), consultant, "shop.csv");
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void theHistoryIsComputedOnceUntilThresholdsOrDataChange() {
    thresholds.save(client.getId(), LocalDate.of(2024, 1, 1), SHORT, consultant.getId());
    CellHistory first = segmentation.cellHistory(client.getId(), MAY);
    assertSame(first, segmentation.cellHistory(client.getId(), MAY));

    thresholds.save(client.getId(), LocalDate.of(2024, 5, 1), LOW_AMOUNT, consultant.getId());
    CellHistory afterSave = segmentation.cellHistory(client.getId(), MAY);
    assertNotSame(first, afterSave);
    assertEquals(LOW_AMOUNT, afterSave.thresholds(MAY));
    assertSame(afterSave, segmentation.cellHistory(client.getId(), MAY));

    segmentation.saveThresholds(client.getId(), LocalDate.of(2024, 5, 1), LONG, consultant.getId());
    CellHistory afterServiceSave = segmentation.cellHistory(client.getId(), MAY);
    assertEquals(LONG, afterServiceSave.thresholds(MAY));

    ShopSales.of().line("2024-05-10", "D", "D1", 500).importInto(data, client.getId(), consultant, "may.csv");
    CellHistory afterImport = segmentation.cellHistory(client.getId(), MAY);
    assertNotSame(afterServiceSave, afterImport);
    assertEquals(4, afterImport.customerCount(MAY));
  }

  @Test
  void aSavedThresholdHistoryReproducesAnOldMonthAfterNewThresholdsAreSaved() {
    thresholds.save(client.getId(), LocalDate.of(2024, 1, 1), SHORT, consultant.getId());
    CellHistory before = segmentation.cellHistory(client.getId(), MAY);
    Ledger ledger = before.ledger();
    int c = index(ledger, "C");
    assertEquals(Optional.of(CpmCell.STEADY), before.cellOf(c, APR));

    segmentation.saveThresholds(client.getId(), LocalDate.of(2024, 4, 1), LOW_AMOUNT, consultant.getId());
    CellHistory after = segmentation.cellHistory(client.getId(), MAY);

    for (YearMonth m : List.of(JAN, FEB, MAR)) {
      CustomerSnapshot s = analytics.snapshot(client.getId(), m.atEndOfMonth());
      assertEquals(SHORT, after.thresholds(m));
      assertEquals(before.counts(m), after.counts(m), m.toString());
      for (int i = 0; i < ledger.customerCount(); i++) {
        assertEquals(before.cellOf(i, m), after.cellOf(i, m));
        assertEquals(s.isCustomer(i) ? Optional.of(s.cell(i, SHORT)) : Optional.empty(), after.cellOf(i, m));
      }
    }
    assertEquals(LOW_AMOUNT, after.thresholds(APR));
    assertEquals(Optional.of(CpmCell.LOYAL), after.cellOf(c, APR));
  }

  @Test
  void recomputingHistoryOnPurposeAppliesNewThresholdsToEveryMonth() {
    segmentation.saveThresholds(client.getId(), LocalDate.of(2024, 1, 1), SHORT, consultant.getId());
    segmentation.saveThresholds(client.getId(), LocalDate.of(2024, 4, 1), LOW_AMOUNT, consultant.getId());

    ThresholdEntry entry = segmentation.recomputeHistory(client.getId(), LONG, consultant.getId());
    CellHistory history = segmentation.cellHistory(client.getId(), MAY);

    assertEquals(LocalDate.of(2024, 1, 1), entry.effectiveFrom());
    for (YearMonth m : history.months()) assertEquals(LONG, history.thresholds(m));
    assertEquals(3, thresholds.history(client.getId()).entries().size());
    assertEquals(0, history.movement(MAR).count(MoveKind.LAPSE));
  }

  @Test
  void recomputingWithoutSalesIsRefused() {
    Client empty = data.client(consultant, "もみじ茶房");
    InvalidThresholdsException e = assertThrows(InvalidThresholdsException.class,
        () -> segmentation.recomputeHistory(empty.getId(), LONG, consultant.getId()));
    assertEquals("error.segmentation.noSales", e.problems().get("effectiveFrom"));
  }

  @Test
  void theMovementNamesWhoMovedWhere() {
    segmentation.saveThresholds(client.getId(), LocalDate.of(2024, 1, 1), SHORT, consultant.getId());
    Movement april = segmentation.movement(client.getId(), APR);

    assertEquals(2, april.count(MoveKind.RETURN));
    assertEquals(List.of("B", "C"), april.customers(MoveKind.RETURN).codes());
    assertEquals(1, april.count(CpmCell.FIRST_TIMER_LAPSED, CpmCell.LOYAL));
    assertEquals(List.of("A"), segmentation.movement(client.getId(), FEB).customers(MoveKind.PROMOTION).codes());
  }

  @Test
  void aCustomersOwnHistoryIsFoundByDatabaseId() {
    segmentation.saveThresholds(client.getId(), LocalDate.of(2024, 1, 1), SHORT, consultant.getId());
    Ledger ledger = analytics.ledger(client.getId());
    long b = ledger.customerId(index(ledger, "B"));

    List<MonthCell> cells = segmentation.customerHistory(client.getId(), b, MAY);

    assertEquals(List.of(CpmCell.FIRST_TIMER, CpmCell.FIRST_TIMER, CpmCell.FIRST_TIMER_LAPSED, CpmCell.LOYAL,
        CpmCell.LOYAL_LAPSED), cells.stream().map(MonthCell::cell).toList());
    assertTrue(segmentation.customerHistory(client.getId(), 999_999, MAY).stream().noneMatch(MonthCell::isCustomer));
  }

  @Test
  void aPreviewShowsNewCountsWithoutSavingAnything() {
    LocalDate asOf = APR.atEndOfMonth();
    var inForce = segmentation.cells(client.getId(), asOf);
    var preview = segmentation.preview(client.getId(), asOf, LONG);

    assertEquals(CpmThresholds.DEFAULTS, inForce.basis().thresholds());
    assertEquals(LONG, preview.basis().thresholds());
    assertNotEquals(inForce.counts(), preview.counts());
    assertEquals(CellHistory.of(analytics.ledger(client.getId()), APR, LONG).counts(APR), preview.counts());
    assertTrue(thresholds.history(client.getId()).entries().isEmpty());
  }

  @Test
  void theSuggestionComesFromTheClientsDataInItsCurrency() {
    Client dollars = data.clients().create(consultant, new NewClient("Sakura Cafe", "cafe", null, null, null, "USD"));
    ThresholdSuggestionTest.handShop().importInto(data, dollars.getId(), consultant, "hand.csv");

    ThresholdSuggestion s = segmentation.suggestion(dollars.getId(), LocalDate.of(2025, 3, 31));

    assertEquals("USD", s.currency());
    assertEquals(CpmThresholds.byAmount(150, 60, 130, 16_000), s.thresholds());
    assertEquals(CpmThresholds.DEFAULTS, s.basis().thresholds());
    assertThrows(NotFoundException.class, () -> segmentation.suggestion(999_999, LocalDate.of(2025, 3, 31)));
  }

  private static int index(Ledger ledger, String code) {
    for (int i = 0; i < ledger.customerCount(); i++) {
      if (code.equals(ledger.customerCode(i))) return i;
    }
    throw new IllegalArgumentException(code);
  }
}
