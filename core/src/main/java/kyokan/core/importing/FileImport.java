package kyokan.core.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import kyokan.core.account.User;
import kyokan.core.jobs.Progress;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImport;
import kyokan.core.sales.SalesImportService;

/**
 * A checked file into the ledger: the valid rows of the file's kind, streamed into one transaction.
 * The one path the browser, the command line and the benchmark share.
 */
public final class FileImport {
  private FileImport() {}

  /** @param skippedInvalid rows the check found problems in; they are passed over and counted */
  public static SalesImport run(SalesImportService imports, long clientId, ImportSource source, Path file,
      ImportOptions options, ColumnMapping mapping, long skippedInvalid, User by, Consumer<ImportProgress> progress) {
    int skipped = Math.toIntExact(skippedInvalid);
    return switch (source.kind()) {
      case SALES -> {
        try (var rows = ImportFileReader.readSales(file, options, mapping, progress)) {
          yield imports.importSales(clientId, source, rows.validValues(), skipped, by, Progress.NONE);
        }
      }
      case CUSTOMERS -> {
        try (var rows = ImportFileReader.readCustomers(file, options, mapping, progress)) {
          yield imports.importCustomers(clientId, source, rows.validValues(), skipped, by, Progress.NONE);
        }
      }
      case PRODUCTS -> {
        try (var rows = ImportFileReader.readProducts(file, options, mapping, progress)) {
          yield imports.importProducts(clientId, source, rows.validValues(), skipped, by, Progress.NONE);
        }
      }
    };
  }

  /** The file's SHA-256 in hex, read as a stream: how a re-upload of the same file is recognised. */
  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (InputStream digesting = new DigestInputStream(in, sha)) {
        digesting.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
