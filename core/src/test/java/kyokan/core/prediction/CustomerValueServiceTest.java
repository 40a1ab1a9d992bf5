package kyokan.core.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.Ledger;
import kyokan.core.client.Client;
import kyokan.core.segmentation.ThresholdService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 6's figures from a hand-made ledger in a real Derby database, as of 31 March 2025 under the default thresholds. */
class CustomerValueServiceTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
  @TempDir Path dir;
  private TestDatabase data;
  private User consultant;
  private long clientId;
  private AnalyticsService analytics;
  private ThresholdService thresholds;
  private CustomerValueService service;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    consultant = data.consultant("yamada@example.jp");
    Client client = data.client(consultant, "さくら珈琲店");
    clientId = client.getId();
    analytics = new AnalyticsService(data.db(), data.ledgerVersion());
    thresholds = new ThresholdService(data.db(), data.clock());
    service = new CustomerValueService(analytics, thresholds);
    PurchaseLines.of()
        // A: one order only. B: two orders on one day. C: every 20 days, 49 days ago. D: gaps 30 and 79, 11 days ago.
        .line("2025-01-10", "A", "A1", 3_000)
        .line("2025-02-15", "B", "B1", 2_000).line("2025-02-15", "B", "B2", 500)
        .line("2025-01-01", "C", "C1", 1_000).line("2025-01-21", "C", "C2", 1_000).line("2025-02-10", "C", "C3", 1_000)
        .line("2024-12-01", "D", "D1", 4_000).line("2024-12-31", "D", "D2", 4_000).line("2025-03-20", "D", "D3", 4_000)
        // E: every 10 days a year and more ago: lapsed. M1 and M2 are one person, merged below.
        .line("2024-01-01", "E", "E1", 900).line("2024-01-11", "E", "E2", 900)
        .line("2025-01-05", "M1", "M11", 1_500)
        .line("2025-01-25", "M2", "M21", 1_500).line("2025-02-14", "M2", "M22", 1_500)
        .importInto(data, clientId, consultant, "shop.csv");
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void rhythmsAndAtRiskFlagsByHand() {
    CustomerValues values = service.values(clientId, AS_OF);

    assertEquals(List.of("A", "B", "C", "D", "E", "M1", "M2"), values.customers().stream().map(CustomerValue::code).toList());
    assertEquals(AtRiskRule.DEFAULT, values.rule());
    assertEquals(CpmThresholds.DEFAULTS, values.thresholds());
    expect(values, "A", 1, OptionalDouble.empty(), 80, false, CpmCell.FIRST_TIMER);
    expect(values, "B", 2, OptionalDouble.of(0), 44, true, CpmCell.TODDLER);
    expect(values, "C", 3, OptionalDouble.of(20), 49, true, CpmCell.TODDLER);
    expect(values, "D", 3, OptionalDouble.of(54.5), 11, false, CpmCell.STEADY);
    expect(values, "E", 2, OptionalDouble.of(10), 445, false, CpmCell.TODDLER_LAPSED);
    expect(values, "M1", 1, OptionalDouble.empty(), 85, false, CpmCell.FIRST_TIMER);
    assertEquals(List.of("B", "C", "M2"), values.atRisk().stream().map(CustomerValue::code).toList());
  }

  @Test
  void aMergedCustomerCountsAsTheKeptOne() {
    Ledger before = analytics.ledger(clientId);
    long kept = before.customerId(PurchaseLines.index(before, "M1"));
    long merged = before.customerId(PurchaseLines.index(before, "M2"));

    data.customerMerges().merge(clientId, kept, merged, consultant);
    CustomerValues values = service.values(clientId, AS_OF);

    // M1's order on 5 Jan and M2's on 25 Jan and 14 Feb: gaps 20 and 20, last 45 days ago.
    expect(values, "M1", 3, OptionalDouble.of(20), 45, true, CpmCell.TODDLER);
    assertTrue(values.customer(merged).isEmpty());
    assertEquals(6, values.customers().size());
  }

  @Test
  void tooFewCustomersToFitSaySoAndPredictNothing() {
    CustomerValues values = service.values(clientId, AS_OF);

    assertEquals(FitOutcome.TOO_FEW_CUSTOMERS, values.bgNbd().outcome());
    assertEquals(7, values.bgNbd().customers());
    assertEquals(FitOutcome.TOO_FEW_REPEAT_CUSTOMERS, values.gammaGamma().outcome());
    assertEquals(5, values.gammaGamma().customers());
    for (CustomerValue v : values.customers()) {
      assertTrue(v.probabilityAlive().isEmpty() && v.expectedOrders().isEmpty(), v.code());
      assertTrue(v.expectedOrderValue().isEmpty() && v.predictedValue().isEmpty(), v.code());
    }
  }

  @Test
  void theThresholdsInForceDecideTheCellAndTheLapseCutOff() {
    thresholds.save(clientId, LocalDate.of(2025, 3, 1), CpmThresholds.byAmount(45, 90, 210, 70_000), consultant.getId());

    CustomerValues values = service.values(clientId, AS_OF);

    // C (49 days) is lapsed under a 45-day cut-off, so no longer at risk; B (44 days) still is.
    expect(values, "C", 3, OptionalDouble.of(20), 49, false, CpmCell.TODDLER_LAPSED);
    expect(values, "B", 2, OptionalDouble.of(0), 44, true, CpmCell.TODDLER);
  }

  @Test
  void computedOnceUntilTheDataOrTheThresholdsChange() {
    CustomerValues first = service.values(clientId, AS_OF);
    assertSame(first, service.values(clientId, AS_OF));
    assertNotSame(first, service.values(clientId, AS_OF.minusMonths(1)));

    thresholds.save(clientId, LocalDate.of(2025, 1, 1), CpmThresholds.byAmount(200, 30, 60, 3_000), consultant.getId());
    CustomerValues afterSave = service.values(clientId, AS_OF);
    assertNotSame(first, afterSave);
    assertEquals(200, afterSave.thresholds().lapseDays());

    PurchaseLines.of().line("2025-03-30", "F", "F1", 700).importInto(data, clientId, consultant, "march.csv");
    CustomerValues afterImport = service.values(clientId, AS_OF);
    assertNotSame(afterSave, afterImport);
    assertEquals(8, afterImport.customers().size());
    assertEquals(data.ledgerVersion().current(clientId), afterImport.dataVersion());
  }

  private static void expect(CustomerValues values, String code, int purchases, OptionalDouble gap, int daysSince,
      boolean atRisk, CpmCell cell) {
    CustomerValue v = values.customers().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    assertEquals(purchases, v.purchases(), code + " purchases");
    assertEquals(gap, v.medianGapDays(), code + " rhythm");
    assertEquals(daysSince, v.daysSinceLastOrder(), code + " days since the last order");
    assertEquals(atRisk, v.atRisk(), code + " at risk");
    assertEquals(cell, v.cell(), code + " cell");
  }
}
