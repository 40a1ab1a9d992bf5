package kyokan.core.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** ₂F₁ against closed forms (Abramowitz &amp; Stegun 15.1.3, 15.1.6, 15.1.8) and its domain. */
class Hypergeometric2F1Test {

  @Test
  void logarithmCase() {
    // 2F1(1, 1; 2; z) = −ln(1 − z) / z
    for (double z : new double[] {0.1, 0.5, 0.9, 0.99, 0.999}) {
      assertEquals(-Math.log1p(-z) / z, Hypergeometric2F1.value(1, 1, 2, z), 1e-12 * -Math.log1p(-z) / z, "z=" + z);
    }
  }

  @Test
  void binomialCase() {
    // 2F1(a, b; b; z) = (1 − z)^−a, also for a negative or large a
    for (double a : new double[] {-2.5, 0.3, 7.0, 40.0}) {
      double expected = Math.pow(1 - 0.7, -a);
      assertEquals(expected, Hypergeometric2F1.value(a, 3.2, 3.2, 0.7), 1e-12 * expected, "a=" + a);
    }
  }

  @Test
  void arcsineCase() {
    // 2F1(1/2, 1/2; 3/2; x²) = arcsin(x) / x
    for (double x : new double[] {0.2, 0.8, 0.95}) {
      assertEquals(Math.asin(x) / x, Hypergeometric2F1.value(0.5, 0.5, 1.5, x * x), 1e-12, "x=" + x);
    }
  }

  @Test
  void polynomialWhenAParameterIsANegativeInteger() {
    // 2F1(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1))
    double b = 1.5;
    double c = 2.5;
    double z = 0.6;
    assertEquals(1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1)), Hypergeometric2F1.value(-2, b, c, z), 1e-15);
  }

  @Test
  void valueAtZeroIsOne() {
    assertEquals(1.0, Hypergeometric2F1.value(3, 4, 5, 0));
  }

  @Test
  void refusesArgumentsOutsideItsDomain() {
    assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(1, 1, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(1, 1, 2, -0.1));
    assertThrows(IllegalArgumentException.class, () -> Hypergeometric2F1.value(1, 1, -3, 0.5));
  }
}
