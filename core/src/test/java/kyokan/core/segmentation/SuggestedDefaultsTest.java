package kyokan.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.client.Client;
import kyokan.core.client.NewClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client in pounds does not start from "70,000 minor units" (£700) but from its own data's suggestion. */
class SuggestedDefaultsTest {
  @TempDir Path dir;
  private TestDatabase data;
  private User consultant;
  private AnalyticsService analytics;
  private ThresholdService thresholds;
  private SegmentationService segmentation;

  @BeforeEach
  void open() {
    data = TestDatabase.open(dir);
    consultant = data.consultant("yamada@example.jp");
    analytics = new AnalyticsService(data.db(), data.ledgerVersion());
    thresholds = new ThresholdService(data.db(), data.clock(), new SuggestedDefaults(data.db(), analytics));
    segmentation = new SegmentationService(data.db(), analytics, thresholds);
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void aClientInAnotherCurrencyStartsFromTheSuggestionUntilOneIsSaved() {
    Client pounds = data.clients().create(consultant, new NewClient("Corner Records", "CD shop", null, null, null, "GBP"));
    // Twelve orders of £23.40 (2,340 pence) in 2024: 7 × 2,340 = 16,380 → 16,000 pence, as the page rounds.
    ShopSales sales = ShopSales.of();
    for (int i = 1; i <= 12; i++) sales.line(LocalDate.of(2024, i, 10), "C" + (i % 4), "R" + i, 2_340);
    sales.importInto(data, pounds.getId(), consultant, "records.csv");
    LocalDate asOf = LocalDate.of(2024, 11, 30);

    long suggested = segmentation.suggestion(pounds.getId(), asOf).amount().limit();
    assertEquals(16_000, suggested);
    ThresholdHistory history = thresholds.history(pounds.getId());
    assertTrue(history.defaults().amountFromData());
    assertEquals(16_000, thresholds.inForce(pounds.getId(), asOf).amountLimit());
    assertEquals(16_000, segmentation.report(pounds.getId(), java.time.YearMonth.of(2024, 11)).basis().thresholds().amountLimit());

    segmentation.saveThresholds(pounds.getId(), LocalDate.of(2024, 1, 1), CpmThresholds.byAmount(240, 90, 210, 50_000), consultant.getId());
    assertEquals(50_000, thresholds.inForce(pounds.getId(), asOf).amountLimit(), "a saved limit wins");
  }

  @Test
  void aYenClientKeepsThePublishedDefaults() {
    Client yen = data.client(consultant, "さくら珈琲店");
    ShopSales sales = ShopSales.of();
    for (int i = 1; i <= 12; i++) sales.line(LocalDate.of(2024, i, 10), "C" + (i % 4), "R" + i, 2_340);
    sales.importInto(data, yen.getId(), consultant, "sakura.csv");

    assertEquals(CpmThresholds.DEFAULTS, thresholds.inForce(yen.getId(), LocalDate.of(2024, 11, 30)));
    assertFalse(thresholds.history(yen.getId()).defaults().amountFromData());
  }
}
