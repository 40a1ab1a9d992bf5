package kyokan.core.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.CustomerSnapshot;
import kyokan.core.analytics.ThresholdEvidence;
import org.junit.jupiter.api.Test;

/** The suggestion rules on a shop computed by hand. */
class ThresholdSuggestionTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
  private static final LocalDate RETURN_DAY = LocalDate.of(2025, 3, 1);
  private static final int[] GAPS = {5, 12, 30, 31, 45, 60, 61, 80, 143, 200};

  /**
   * Ten customers, each back once after one of {@link #GAPS} days, every purchase ¥2,340; G0 also buys a
   * second time on the day it returns (a purchase, not a gap). A fully refunded order and an anonymous
   * sale count for nothing. So: 21 purchases averaging ¥2,340; 90 % of the 10 gaps within 143 days.
   */
  static ShopSales handShop() {
    ShopSales shop = ShopSales.of();
    for (int i = 0; i < GAPS.length; i++) {
      shop.line(RETURN_DAY.minusDays(GAPS[i]), "G" + i, "A" + i, 2_340).line(RETURN_DAY, "G" + i, "B" + i, 2_340);
    }
    return shop.line(RETURN_DAY, "G0", "C0", 2_340)
        .line("2025-02-01", "X", "X1", 9_999).line("2025-02-01", "X", "X1", -9_999)
        .line("2025-02-02", null, "N1", 50_000);
  }

  private static ThresholdSuggestion suggest(ShopSales shop, String currency) {
    CustomerSnapshot s = CustomerSnapshot.of(shop.ledger(), AS_OF);
    return ThresholdSuggestion.of(ThresholdEvidence.of(s, CpmThresholds.DEFAULTS), currency);
  }

  @Test
  void amountIsSevenAverageOrdersRoundedToTwoSignificantDigits() {
    AmountSuggestion amount = suggest(handShop(), "JPY").amount();

    assertEquals(SuggestionBasis.DATA, amount.basis());
    assertEquals(21, amount.windowPurchases());
    assertEquals(2_340, amount.averageOrder());
    assertEquals(7, amount.factor());
    assertEquals(16_380, amount.exactLimit());
    assertEquals(16_000, amount.limit());
  }

  @Test
  void lapseIsTheGapNinetyPercentOfReturnsFallWithinRoundedUpToTenDays() {
    LapseSuggestion lapse = suggest(handShop(), "JPY").lapse();

    assertEquals(SuggestionBasis.DATA, lapse.basis());
    assertEquals(10, lapse.repeatGaps());
    assertEquals(90, lapse.share());
    assertEquals(143, lapse.percentileDays());
    assertEquals(150, lapse.days());
  }

  @Test
  void tenureLimitsKeepMethodsProportionsToTheLapseCutOff() {
    ThresholdSuggestion s = suggest(handShop(), "JPY");

    assertEquals(60, s.tenure().shortDays());
    assertEquals(130, s.tenure().longDays());
    assertEquals(CpmThresholds.byAmount(150, 60, 130, 16_000), s.thresholds());
    assertEquals(CpmThresholds.byOrderCount(150, 60, 130, 7), s.byOrderCount());
    assertEquals(90, TenureSuggestion.of(240).shortDays());
    assertEquals(210, TenureSuggestion.of(240).longDays());
    assertEquals(10, TenureSuggestion.of(10).shortDays());
    assertEquals(10, TenureSuggestion.of(10).longDays());
  }

  @Test
  void distributionsBehindTheSuggestionsAreBucketedForAChart() {
    ThresholdSuggestion s = suggest(handShop(), "JPY");

    // Gaps in buckets of 15 days (a tenth of 150): 5, 12 | – | 30, 31 | 45 | 60, 61 | 80 | … | 143 | … | 200.
    List<Long> gaps = s.lapse().gapDays().buckets().stream().map(Histogram.Bucket::count).toList();
    assertEquals(List.of(2L, 0L, 2L, 1L, 2L, 1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), gaps);
    assertEquals(new Histogram.Bucket(135, 150, 1), s.lapse().gapDays().buckets().get(9));
    assertEquals(10, s.lapse().gapDays().total());
    // Amounts in buckets of ¥1,600: nine customers at ¥4,680, G0 at ¥7,020.
    List<Histogram.Bucket> amounts = s.amount().customerAmounts().buckets();
    assertEquals(9, amounts.get(2).count());
    assertEquals(1, amounts.get(4).count());
    assertEquals(10, s.amount().customerAmounts().total());
    assertEquals(21, amounts.size());
    assertEquals(true, amounts.get(20).isOpenEnded());
    assertEquals(9, s.count().customerPurchases().buckets().get(1).count());
    assertEquals(1, s.count().customerPurchases().buckets().get(2).count());
  }

  @Test
  void tooLittleDataFallsBackToMethodsDefaults() {
    ThresholdSuggestion s = suggest(ShopSales.of().line("2025-03-01", "A", "1", 3_000)
        .line("2025-03-10", "A", "2", 3_000), "JPY");

    assertEquals(SuggestionBasis.DEFAULT, s.lapse().basis());
    assertEquals(SuggestionBasis.DEFAULT, s.amount().basis());
    assertEquals(CpmThresholds.DEFAULTS, s.thresholds());
    assertEquals(1, s.lapse().repeatGaps());
    assertEquals(3_000, s.amount().averageOrder());
  }

  @Test
  void niceAmountsWorkTheSameInCents() {
    assertEquals(16_000, AmountSuggestion.nice(16_380));
    assertEquals(160_000, AmountSuggestion.nice(163_800));
    assertEquals(16_000, AmountSuggestion.nice(16_366), "$163.66 → $160.00");
    assertEquals(740, AmountSuggestion.nice(735), "€7.35 → €7.40");
    assertEquals(1_000, AmountSuggestion.nice(995));
    assertEquals(7, AmountSuggestion.nice(7));
    ThresholdSuggestion usd = suggest(handShop(), "USD");
    assertEquals(2, usd.minorDigits());
    assertEquals(16_000, usd.amount().limit(), "7 × $23.40 = $163.80 → $160.00");
  }
}
