package kyokan.core.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams a 200 MB Online Retail style file through validation with a heap far smaller than the file.
 * Not run by default; run with
 * {@code ./mvnw -o test -pl core -Dtest=ImportFileReaderBenchmark -Dkyokan.benchmark=true -DargLine=-Xmx48m}.
 */
@EnabledIfSystemProperty(named = "kyokan.benchmark", matches = "true")
class ImportFileReaderBenchmark {
  private static final long TARGET_BYTES = 200L * 1024 * 1024;

  @TempDir
  Path dir;

  @Test
  void twoHundredMegabyteFileIsValidatedInConstantMemory() throws IOException {
    Path file = dir.resolve("online_retail_big.csv");
    long lines = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country\n");
      while (Files.size(file) < TARGET_BYTES) {
        for (int i = 0; i < 100_000; i++, lines++) {
          long invoice = 489_434 + lines / 5;
          out.write((lines % 50 == 0 ? "C" : "") + invoice + ",85048,15CM CHRISTMAS GLASS BALL 20 LIGHTS,"
              + (lines % 50 == 0 ? -12 : 6) + ",2009-12-01 07:45:00,2.10," + (13085 + lines % 4000) + ".0,United Kingdom\n");
        }
        out.flush();
      }
    }
    AtomicLong peakHeap = new AtomicLong();
    long start = System.nanoTime();

    ValidationSummary summary = ImportFileReader.validate(file, ImportOptions.detect(file),
        MappingPreset.ONLINE_RETAIL.apply(java.util.List.of("Invoice", "StockCode", "Description", "Quantity", "InvoiceDate",
            "Price", "Customer ID", "Country"), 2),
        p -> peakHeap.accumulateAndGet(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory(), Math::max));

    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("%,d bytes, %,d rows in %,d ms; max heap %,d MB, peak used %,d MB%n", Files.size(file),
        summary.totalRows(), millis, Runtime.getRuntime().maxMemory() >> 20, peakHeap.get() >> 20);
    assertEquals(lines, summary.totalRows());
    assertEquals(lines, summary.validRows());
  }
}
