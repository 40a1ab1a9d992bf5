package kyokan.core.outreach.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FisherExactTest {

  @Test
  void ladyTastingTeaGivesFishersPublishedP() {
    // Fisher (1935): 3 of 4 cups right each way; two-sided p = 34/70.
    assertEquals(0.4857, FisherExact.twoSidedP(3, 1, 1, 3), 5e-5);
    assertEquals(34.0 / 70, FisherExact.twoSidedP(3, 1, 1, 3), 1e-12);
  }

  @Test
  void dietingExampleGivesThePublishedP() {
    // Men 1 dieting, 11 not; women 9 dieting, 3 not: two-sided p = 0.002759 (R's fisher.test).
    assertEquals(0.002759, FisherExact.twoSidedP(1, 9, 11, 3), 5e-7);
  }

  @Test
  void convictionsOfTwinsGivesThePublishedP() {
    // Fisher's convictions of like-sex twins, R's example: two-sided p = 0.0005367.
    assertEquals(0.0005367, FisherExact.twoSidedP(2, 15, 10, 3), 5e-8);
  }

  /** The library's p against an exact enumeration of the hypergeometric tables with the same margins. */
  @ParameterizedTest
  @CsvSource({"3,1,1,3", "1,9,11,3", "2,15,10,3", "12,38,5,45", "0,20,4,16", "7,0,2,5", "30,170,18,182", "1,1,1,1"})
  void agreesWithAnExactEnumeration(int a, int b, int c, int d) {
    assertEquals(enumerated(a, b, c, d), FisherExact.twoSidedP(a, b, c, d), 1e-9);
  }

  @Test
  void anEmptyRowOrColumnCarriesNoEvidence() {
    assertEquals(1, FisherExact.twoSidedP(0, 0, 3, 5));
    assertEquals(1, FisherExact.twoSidedP(0, 4, 0, 9));
    assertEquals(1, FisherExact.twoSidedP(new Proportion(0, 0), new Proportion(0, 0)));
    assertThrows(IllegalArgumentException.class, () -> FisherExact.twoSidedP(-1, 2, 3, 4));
  }

  @Test
  void armsAreReadAsRespondersAndNonResponders() {
    assertEquals(FisherExact.twoSidedP(12, 38, 5, 45), FisherExact.twoSidedP(new Proportion(12, 50), new Proportion(5, 50)));
  }

  /** Sum of P(table) over the tables with the observed margins that are no more likely than the observed one. */
  private static double enumerated(int a, int b, int c, int d) {
    int row1 = a + b, col1 = a + c, n = a + b + c + d;
    BigInteger total = choose(n, col1);
    BigDecimal observed = probability(a, row1, col1, n, total);
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal tolerance = observed.multiply(new BigDecimal("1.0000001"));
    for (int x = Math.max(0, col1 - (n - row1)); x <= Math.min(row1, col1); x++) {
      BigDecimal p = probability(x, row1, col1, n, total);
      if (p.compareTo(tolerance) <= 0) sum = sum.add(p);
    }
    return sum.doubleValue();
  }

  private static BigDecimal probability(int x, int row1, int col1, int n, BigInteger total) {
    BigInteger ways = choose(row1, x).multiply(choose(n - row1, col1 - x));
    return new BigDecimal(ways).divide(new BigDecimal(total), MathContext.DECIMAL128);
  }

  private static BigInteger choose(int n, int k) {
    BigInteger r = BigInteger.ONE;
    for (int i = 1; i <= k; i++) r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
    return r;
  }
}
