package kyokan.core.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import kyokan.core.TestDatabase;
import kyokan.core.jobs.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * What keeping an upload in the database costs (issue 17): the Online Retail II CSV (46 MB) stored as a
 * {@link SharedFiles} file, then copied out again as another process does at its first look. Runs on the tests'
 * engine (Derby, or PostgreSQL with {@code KYOKAN_TEST_DB_URL}):
 * {@code ./mvnw -q -o test -pl core -Dtest=SharedFilesBenchmark -Dkyokan.benchmark=true -DargLine=-Xmx256m}
 */
@EnabledIfSystemProperty(named = "kyokan.benchmark", matches = "true")
class SharedFilesBenchmark {
  @TempDir Path temp;

  @Test
  void storesAndReadsBackTheOnlineRetailFile() throws Exception {
    Path csv = temp.resolve("retail.csv");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of("../../shared/data/online_retail_II_2009_2010.csv.gz")));
        OutputStream out = Files.newOutputStream(csv)) {
      in.transferTo(out);
    }
    try (TestDatabase data = TestDatabase.open(temp.resolve("db"))) {
      SharedFiles files = new SharedFiles(data.db(), data.clock());
      for (int run = 1; run <= 3; run++) {
        long start = System.nanoTime();
        SharedFiles.SharedFile stored;
        try (InputStream in = Files.newInputStream(csv)) {
          stored = files.save(1, "retail.csv", in);
        }
        long saved = System.nanoTime();
        Path copy = temp.resolve("copy-" + run + ".csv");
        try (OutputStream out = Files.newOutputStream(copy)) {
          files.copyTo(stored, out);
        }
        long copied = System.nanoTime();
        assertEquals(Files.size(csv), Files.size(copy));
        System.out.printf("run %d: %,d bytes stored in %.2f s, copied out in %.2f s%n", run, stored.size(),
            (saved - start) / 1e9, (copied - saved) / 1e9);
      }
    }
  }
}
