package kyokan.core.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.zip.GZIPInputStream;
import kyokan.core.account.AccountService;
import kyokan.core.account.LoginThrottle;
import kyokan.core.account.PasswordHasher;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.client.ClientService;
import kyokan.core.client.NewClient;
import kyokan.core.db.Database;
import kyokan.core.importing.ColumnMapping;
import kyokan.core.importing.FileImport;
import kyokan.core.importing.ImportFileReader;
import kyokan.core.importing.ImportKind;
import kyokan.core.importing.ImportOptions;
import kyokan.core.importing.MappingProposer;
import kyokan.core.importing.TableReader;
import kyokan.core.importing.ValidationSummary;
import kyokan.core.sales.DataQuality;
import kyokan.core.sales.DataQualityService;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImport;
import kyokan.core.sales.SalesImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 1 end to end on real data: the UCI Online Retail II file (525,461 lines) detected, mapped by its
 * preset, checked, and imported into a fresh Derby database with normal disk syncing, as the browser
 * and {@code ./kyokan import} do it. Not run by default:
 * {@code ./mvnw -q -o test -pl core -Dtest=OnlineRetailImportBenchmark -Dkyokan.benchmark=true}
 * (the file comes from {@code ../shared/data/}, or {@code -Dkyokan.benchmark.file=…}). It also writes the same lines
 * by a plain JDBC batch into the same table ({@link RawBatchFloor}) and prints the import's ratio to that floor;
 * {@code -Dkyokan.benchmark.variants=true} adds the index-less load and the bulk import through a staging table.
 */
@EnabledIfSystemProperty(named = "kyokan.benchmark", matches = "true")
class OnlineRetailImportBenchmark {
  @TempDir Path temp;

  @Test
  void importsTheOnlineRetailFile() throws Exception {
    Path file = source();
    Clock clock = Clock.systemDefaultZone();
    try (Database db = Database.open(temp.resolve("data"))) {
      AccountService accounts = new AccountService(db, new PasswordHasher(4), new LoginThrottle(db, clock), clock);
      User consultant = accounts.createConsultant("bench@kyokan.local", "Bench", "bench-password-1");
      Client client = new ClientService(db, clock).create(consultant,
          new NewClient("Online Retail", "online shop", null, null, null, "GBP"));

      long t0 = System.nanoTime();
      ImportOptions options = ImportOptions.detect(file);
      ColumnMapping mapping = MappingProposer.propose(ImportKind.SALES, TableReader.preview(file, options, 10), 2);
      ValidationSummary summary = ImportFileReader.validate(file, options, mapping, p -> { });
      long t1 = System.nanoTime();
      SalesImport result = FileImport.run(new SalesImportService(db, clock), client.getId(),
          new ImportSource(file.getFileName().toString(), FileImport.sha256(file), ImportKind.SALES), file, options, mapping,
          summary.invalidRows(), consultant, p -> { });
      long t2 = System.nanoTime();
      DataQuality quality = new DataQualityService(db).figures(client.getId());
      long t3 = System.nanoTime();

      System.out.printf("file %s: %,d bytes, %,d rows (%,d valid, %,d with problems)%n", file.getFileName(),
          Files.size(file), summary.totalRows(), summary.validRows(), summary.invalidRows());
      System.out.printf("check (detect + preview + validate every row): %.1f s%n", (t1 - t0) / 1e9);
      System.out.printf("import (read + write in one transaction): %.1f s = %,.0f lines/s; imported %,d, duplicates %,d%n",
          (t2 - t1) / 1e9, result.getRowsImported() / ((t2 - t1) / 1e9), result.getRowsImported(), result.getRowsDuplicate());
      System.out.printf("data quality: %.1f s; lines %,d, anonymous lines %,d, customers %,d, capture rate %.1f%%%n",
          (t3 - t2) / 1e9, quality.lines(), quality.anonymousLines(), quality.customers(), quality.captureRate() * 100);
      assertEquals(summary.totalRows(), result.getRowsRead());

      // The floor (issue 16): the same lines, pre-built, into the same table by a plain JDBC batch, same run.
      List<RawBatchFloor.Row> rows = RawBatchFloor.linesOf(db, client.getId());
      double importRate = result.getRowsImported() / ((t2 - t1) / 1e9);
      double raw = RawBatchFloor.batch(db, secondClient(db, consultant, clock), rows);
      System.out.printf("raw JDBC batch of the same %,d pre-built lines into sale_line: %.1f s = %,.0f lines/s; import/raw = %.2f%n",
          rows.size(), raw, rows.size() / raw, importRate / (rows.size() / raw));
      if (Boolean.getBoolean("kyokan.benchmark.variants")) {
        double[] noIndexes = RawBatchFloor.batchWithoutWideIndexes(db, secondClient(db, consultant, clock), rows);
        System.out.printf("raw batch with the two wide indexes dropped: %.1f s, building them again after: %.1f s (%,d lines in the table)%n",
            noIndexes[0], noIndexes[1], 3L * rows.size());
        double[] bulk = RawBatchFloor.bulkThroughStaging(db, secondClient(db, consultant, clock), rows, temp);
        System.out.printf("Derby bulk import into an empty staging table: %.1f s, INSERT … SELECT into sale_line: %.1f s (total %,.0f lines/s)%n",
            bulk[0], bulk[1], rows.size() / (bulk[0] + bulk[1]));
      }
    }
  }

  private static long secondClient(Database db, User consultant, Clock clock) {
    return new ClientService(db, clock).create(consultant, new NewClient("Floor", "online shop", null, null, null, "GBP")).getId();
  }

  private Path source() throws IOException {
    String chosen = System.getProperty("kyokan.benchmark.file");
    Path gz = chosen != null ? Path.of(chosen) : Path.of("../../shared/data/online_retail_II_2009_2010.csv.gz");
    if (!gz.toString().endsWith(".gz")) return gz;
    Path csv = temp.resolve("online_retail_II_2009_2010.csv");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz)); OutputStream out = Files.newOutputStream(csv)) {
      in.transferTo(out);
    }
    return csv;
  }


}
