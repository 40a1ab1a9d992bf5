package kyokan.core.sales;

import kyokan.core.importing.ImportKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Iterator;
import java.util.stream.IntStream;
import kyokan.core.TestDatabase;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.jobs.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shop-sized import shaped like the Online Retail file (invoices of ~20 lines, a few thousand customers and
 * products, a fifth anonymous), timed. Prints the rate (the target is 20,000 lines/s on a quiet two-core
 * machine); fails only far below it, where something is wrong rather than the machine busy.
 */
class ImportSpeedTest {
  static final int LINES = 100_000;

  @TempDir Path dir;

  @Test
  void importsAShopSizedFileQuickly() {
    try (TestDatabase data = TestDatabase.open(dir)) {
      User consultant = data.consultant("yamada@example.jp");
      Client client = data.client(consultant, "Online Retail");
      SalesImportService imports = data.salesImports();

      long start = System.nanoTime();
      SalesImport result = imports.importSales(client.getId(), new ImportSource("retail.csv", "a".repeat(64), ImportKind.SALES),
          lines(), 0, consultant, Progress.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;

      long rate = Math.round(LINES / seconds);
      System.out.printf("Imported %,d lines in %.2f s: %,d lines/s%n", LINES, seconds, rate);
      assertEquals(LINES, result.getRowsImported());
      assertTrue(rate > 2_000, "import too slow: " + rate + " lines/s");
    }
  }

  private static Iterator<SaleLineInput> lines() {
    LocalDate first = LocalDate.of(2009, 12, 1);
    return IntStream.range(0, LINES).mapToObj(i -> {
      int invoice = i / 20;
      boolean anonymous = invoice % 5 == 0;
      String customer = anonymous ? null : String.valueOf(12000 + (invoice * 7919) % 4000);
      int product = (i * 104729) % 4000;
      return new SaleLineInput(first.plusDays(invoice / 100), LocalTime.of(9 + invoice % 8, 30), String.valueOf(489000 + invoice),
          i % 20 + 1, customer, null, "P" + product, "PRODUCT " + product, 1 + i % 12, 100 + i % 900);
    }).iterator();
  }
}
