package kyokan.core.outreach.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NewcombeIntervalTest {

  /** Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10 (printed to four decimals). */
  @ParameterizedTest(name = "{0}/{1} − {2}/{3} = {4} ({5} to {6})")
  @CsvSource({
      "56, 70, 48, 80, 0.2000, 0.0524, 0.3339",
      "9, 10, 3, 10, 0.6000, 0.1705, 0.8090",
      "6, 7, 2, 7, 0.5714, 0.0582, 0.8062",
      "5, 56, 0, 29, 0.0893, -0.0381, 0.1926",
      "0, 10, 0, 20, 0.0000, -0.1611, 0.2775",
      "0, 10, 0, 10, 0.0000, -0.2775, 0.2775",
      "10, 10, 0, 20, 1.0000, 0.6791, 1.0000",
      "10, 10, 0, 10, 1.0000, 0.6075, 1.0000"})
  void matchesNewcombesPublishedIntervals(int a, int m, int b, int n, double d, double lower, double upper) {
    RateDifference r = NewcombeInterval.of(new Proportion(a, m), new Proportion(b, n));
    assertEquals(d, r.difference(), 5e-5);
    assertEquals(lower, r.interval().lower(), 5e-5);
    assertEquals(upper, r.interval().upper(), 5e-5);
    assertEquals((double) a / m, r.p1(), 1e-12);
    assertEquals((double) b / n, r.p2(), 1e-12);
  }

  @Test
  void wilsonIntervalMatchesTheClosedForm() {
    // p = 0.8, n = 70, z = 1.959964: centre (p + z²/2n) / (1 + z²/n), half-width z√(p(1−p)/n + z²/4n²) / (1 + z²/n).
    double z = 1.959963984540054, p = 0.8, n = 70;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
    Interval w = WilsonInterval.of(56, 70);
    assertEquals(centre - half, w.lower(), 1e-12);
    assertEquals(centre + half, w.upper(), 1e-12);
  }

  @Test
  void anEmptyArmGivesAnIntervalThatSaysNothing() {
    assertEquals(new Interval(0, 1), WilsonInterval.of(0, 0));
    RateDifference r = NewcombeInterval.of(new Proportion(3, 10), new Proportion(0, 0));
    assertTrue(r.interval().lower() < -0.5 && r.interval().upper() > 0.5, r.toString());
    assertTrue(r.interval().lower() >= -1 && r.interval().upper() <= 1);
  }

  @Test
  void countsOutsideTheirRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Proportion(5, 4));
    assertThrows(IllegalArgumentException.class, () -> new Proportion(-1, 4));
    assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of(2, 1));
    assertEquals(0, new Proportion(0, 0).rate());
  }
}
