package kyokan.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

  @Test
  void yenAmountsReadInManAndOku() {
    ValueFormat yen = ValueFormat.yen();

    assertEquals("0円", yen.format(0));
    assertEquals("5,000円", yen.format(5_000));
    assertEquals("1.25万円", yen.format(12_500));
    assertEquals("85.3万円", yen.format(853_210));
    assertEquals("125万円", yen.format(1_250_000));
    assertEquals("1,235万円", yen.format(12_345_678));
    assertEquals("1.5億円", yen.format(150_000_000));
    assertEquals("3兆円", yen.format(3e12));
    assertEquals("-41万円", yen.format(-410_000));
  }

  @Test
  void roundingCarriesIntoTheNextUnit() {
    assertEquals("1万", ValueFormat.compact().format(9_999.6));
    assertEquals("1億", ValueFormat.compact().format(99_995_000));
  }

  @Test
  void countsArePlainGroupedNumbers() {
    ValueFormat count = ValueFormat.count();

    assertEquals("1,234", count.format(1_234));
    assertEquals("-1,234,567", count.format(-1_234_567));
    assertEquals("0.5", count.format(0.5));
    assertEquals("0", count.format(-0.0));
  }

  @Test
  void sharesArePercentagesWithAtMostOneDecimal() {
    ValueFormat percent = ValueFormat.percent();

    assertEquals("20%", percent.format(0.2));
    assertEquals("12.5%", percent.format(0.125));
    assertEquals("78.8%", percent.format(0.78849));
    assertEquals("100%", percent.format(1));
  }

  @Test
  void theJvmLocaleChangesNothing() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("1,234", ValueFormat.count().format(1_234));
      assertEquals("12.5%", ValueFormat.percent().format(0.125));
      assertEquals("85.3万円", ValueFormat.yen().format(853_210));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void missingValuesReadAsADash() {
    assertEquals("–", ValueFormat.yen().format(Double.NaN));
    assertEquals("–", ValueFormat.percent().format(Double.POSITIVE_INFINITY));
  }
}
