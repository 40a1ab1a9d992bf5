package kyokan.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

  @Test
  void amountsAreWrittenAsShopOwnersWriteThem() {
    assertEquals("¥0", MoneyFormat.format(0, "JPY"));
    assertEquals("¥999", MoneyFormat.format(999, "JPY"));
    assertEquals("¥1,000", MoneyFormat.format(1_000, "JPY"));
    assertEquals("-¥1,234,567", MoneyFormat.format(-1_234_567, "JPY"));
    assertEquals("£1,234.56", MoneyFormat.format(123_456, "GBP"));
    assertEquals("£0.05", MoneyFormat.format(5, "GBP"));
    assertEquals("-£0.50", MoneyFormat.format(-50, "GBP"));
    assertEquals("-¥9,223,372,036,854,775,808", MoneyFormat.format(Long.MIN_VALUE, "JPY"));
  }

  @Test
  void countsHaveThousandsSeparators() {
    assertEquals("0", MoneyFormat.grouped(0));
    assertEquals("100", MoneyFormat.grouped(100));
    assertEquals("100,000", MoneyFormat.grouped(100_000));
    assertEquals("-1,000", MoneyFormat.grouped(-1_000));
    assertEquals("-9,223,372,036,854,775,808", MoneyFormat.grouped(Long.MIN_VALUE));
  }

  // The digit-by-digit writing agrees with the JDK's number format, which it replaced for speed.
  @Test
  void agreesWithTheJdksNumberFormat() {
    Random random = new Random(7);
    for (String currency : new String[] {"JPY", "GBP", "USD", "EUR", "KWD"}) {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      NumberFormat jdk = NumberFormat.getNumberInstance(Locale.US);
      jdk.setMinimumFractionDigits(digits);
      jdk.setMaximumFractionDigits(digits);
      for (int i = 0; i < 2_000; i++) {
        long amount = random.nextLong() >> random.nextInt(64);
        String formatted = MoneyFormat.format(amount, currency);
        String number = jdk.format(BigDecimal.valueOf(amount, digits).abs());
        assertEquals(number, formatted.substring(formatted.length() - number.length()), currency + " " + amount);
        assertEquals(amount < 0, formatted.startsWith("-"), currency + " " + amount);
        assertEquals(String.format(Locale.ROOT, "%,d", amount), MoneyFormat.grouped(amount));
      }
    }
  }
}
