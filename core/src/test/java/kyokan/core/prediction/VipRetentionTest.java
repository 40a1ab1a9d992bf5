package kyokan.core.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;
import kyokan.core.analytics.CellHistory;
import kyokan.core.analytics.CpmThresholds;
import org.junit.jupiter.api.Test;

/** VIP retention month by month, hand-computed, with 優良 from ¥5,000, tenure 30 days and lapse at 60 days. */
class VipRetentionTest {
  private static final CpmThresholds T = CpmThresholds.byAmount(60, 10, 30, 5_000);

  @Test
  void lastMonthsVipsStillVipLapsedAndTheirRevenueShare() {
    PurchaseLines lines = PurchaseLines.of()
        // V1: 優良 at the end of February, lapsed by the end of April (85 days).
        .line("2024-01-01", "V1", "11", 3_000).line("2024-02-05", "V1", "12", 3_000)
        // V2: 優良 from February, buys again in March.
        .line("2024-01-10", "V2", "21", 3_000).line("2024-02-20", "V2", "22", 3_000).line("2024-03-15", "V2", "23", 1_000)
        // V3: 優良 from March. S: コツコツ, never a VIP.
        .line("2024-01-05", "V3", "31", 2_000).line("2024-03-10", "V3", "32", 4_000)
        .line("2024-02-01", "S", "41", 500).line("2024-03-01", "S", "42", 500);
    CellHistory history = CellHistory.of(lines.ledger(), YearMonth.of(2024, 4), T);

    List<VipRetentionMonth> months = VipRetention.of(history);

    assertEquals(List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3), YearMonth.of(2024, 4)),
        months.stream().map(VipRetentionMonth::month).toList());
    assertEquals(new VipRetentionMonth(YearMonth.of(2024, 1), 0, 0, 0, 0, 0, 8_000), months.get(0));
    assertEquals(OptionalDouble.empty(), months.get(0).retainedShare());
    assertEquals(new VipRetentionMonth(YearMonth.of(2024, 2), 0, 0, 0, 2, 6_000, 6_500), months.get(1));
    assertEquals(6_000.0 / 6_500, months.get(1).vipRevenueShare().getAsDouble(), 1e-15);
    assertEquals(new VipRetentionMonth(YearMonth.of(2024, 3), 2, 2, 0, 3, 5_000, 5_500), months.get(2));
    assertEquals(OptionalDouble.of(1), months.get(2).retainedShare());
    assertEquals(OptionalDouble.of(0), months.get(2).lapsedShare());
    assertEquals(new VipRetentionMonth(YearMonth.of(2024, 4), 3, 2, 1, 2, 0, 0), months.get(3));
    assertEquals(2.0 / 3, months.get(3).retainedShare().getAsDouble(), 1e-15);
    assertEquals(1.0 / 3, months.get(3).lapsedShare().getAsDouble(), 1e-15);
    assertEquals(OptionalDouble.empty(), months.get(3).vipRevenueShare());
  }
}
