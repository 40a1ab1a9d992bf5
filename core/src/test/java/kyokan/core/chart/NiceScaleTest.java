package kyokan.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NiceScaleTest {

  @Test
  void allZeroValuesGiveZeroToOne() {
    assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), NiceScale.of(0, 0, 6, false).ticks());
    assertEquals(List.of(0.0, 1.0), NiceScale.of(0, 0, 6, true).ticks());
  }

  @Test
  void ticksAreExactDecimalsWithoutFloatingPointNoise() {
    NiceScale scale = NiceScale.of(0, 0.7, 8, false);

    assertEquals(List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7), scale.ticks());
  }

  @Test
  void aNegativeMonthWidensTheScaleBelowZeroAndZeroStaysATick() {
    NiceScale scale = NiceScale.of(-41_000, 153_000, 6, true);

    assertTrue(scale.min() <= -41_000 && scale.min() > -100_000, "min " + scale.min());
    assertTrue(scale.max() >= 153_000 && scale.max() <= 200_000, "max " + scale.max());
    assertTrue(scale.ticks().contains(0.0));
    assertEquals(50_000, scale.step());
  }

  @Test
  void onlyNegativeValuesEndAtZero() {
    NiceScale scale = NiceScale.of(-5, -5, 6, true);

    assertEquals(-5, scale.min());
    assertEquals(0, scale.max());
  }

  @Test
  void aSingleValueIsMeasuredFromZero() {
    assertEquals(List.of(0.0, 10.0, 20.0, 30.0, 40.0), NiceScale.of(37, 37, 6, true).ticks());
  }

  @Test
  void countsNeverGetFractionalTicks() {
    assertEquals(List.of(0.0, 1.0, 2.0, 3.0), NiceScale.of(0, 3, 6, true).ticks());
    assertEquals(List.of(0.0, 2.0, 4.0, 6.0, 8.0), NiceScale.of(0, 7, 6, true).ticks());
  }

  @Test
  void hugeAmountsKeepRoundTicks() {
    NiceScale trillions = NiceScale.of(0, 3e12, 6, true);
    assertEquals(List.of(0.0, 1e12, 2e12, 3e12), trillions.ticks());
    assertEquals("1兆円", ValueFormat.yen().format(trillions.ticks().get(1)));

    NiceScale longest = NiceScale.of(0, Long.MAX_VALUE, 6, true);
    assertTrue(longest.max() >= Long.MAX_VALUE && Double.isFinite(longest.max()));
    assertTrue(longest.ticks().size() <= 6);
  }

  @Test
  void nonFiniteBoundsCountAsZero() {
    NiceScale scale = NiceScale.of(Double.NaN, Double.POSITIVE_INFINITY, 6, false);

    assertEquals(0, scale.min());
    assertEquals(1, scale.max());
  }

  @Test
  void anyRangeIsCoveredByAtMostTheAskedTicksOfARoundStepWithZeroOnATick() {
    Random random = new Random(42);
    Set<String> round = Set.of("1", "2", "2.5", "5");
    for (int i = 0; i < 5_000; i++) {
      double magnitude = Math.pow(10, random.nextInt(16) - 4);
      double low = random.nextBoolean() ? 0 : -random.nextDouble() * magnitude;
      double high = random.nextDouble() * magnitude;
      int maxTicks = 2 + random.nextInt(9);
      NiceScale scale = NiceScale.of(low, high, maxTicks, false);
      String where = low + ".." + high + " in " + maxTicks + ": " + scale;

      assertTrue(scale.min() <= low && scale.max() >= high, where);
      int allowed = low < 0 && high > 0 ? Math.max(3, maxTicks) : maxTicks;
      assertTrue(scale.ticks().size() <= allowed && scale.ticks().size() >= 2, where);
      String mantissa = BigDecimal.valueOf(scale.step()).round(new java.math.MathContext(2))
          .scaleByPowerOfTen(-(int) Math.floor(Math.log10(scale.step()))).stripTrailingZeros().toPlainString();
      assertTrue(round.contains(mantissa), where + " step mantissa " + mantissa);
      if (low < 0) assertTrue(scale.ticks().contains(0.0), where);
    }
  }

  @Test
  void fractionMapsTheEndsToZeroAndOne() {
    NiceScale scale = NiceScale.of(-50, 150, 5, true);

    assertEquals(0, scale.fraction(scale.min()));
    assertEquals(1, scale.fraction(scale.max()));
    assertEquals(0.25, scale.fraction(0));
  }
}
