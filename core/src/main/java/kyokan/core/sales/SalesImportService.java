package kyokan.core.sales;

import kyokan.core.importing.ImportKind;

import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.db.Database;
import kyokan.core.jobs.Progress;
import org.apache.ibatis.session.SqlSession;

/**
 * Imports of a client's files into the ledger, their history, and undoing one as a whole.
 *
 * <p>Each import runs in one transaction: if it fails or the process dies half-way, the ledger is as it
 * was. Its rows arrive already parsed and validated ({@code skippedInvalid} counts the ones the reader
 * refused); the import records them in {@link SalesImport} and bumps the {@link LedgerVersion}. A file
 * (by SHA-256) whose import of the same kind still stands and brought rows in is refused with
 * {@link AlreadyImportedException}; one that brought in nothing does not block the file.
 */
public final class SalesImportService {
  private static final int REPORT_EVERY = 1_000;
  // Imports and undos that change this many lines or more refresh sale_line's index statistics.
  private static final int STATISTICS_AFTER = 10_000;
  private final Database db;
  private final Clock clock;

  public SalesImportService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Refuses a file already imported, before the caller spends time reading it. */
  public void checkNotImported(long clientId, ImportSource source) {
    db.read(s -> {
      refuseIfImported(s, clientId, source);
      return null;
    });
  }

  /**
   * Stores sale lines, creating the customers and products their codes name. A line already in the ledger is
   * counted as a duplicate and left out: by its order number and line number, or, without an order number, by
   * its content and that content's occurrence in the file ({@link LineContentKey}).
   */
  public SalesImport importSales(long clientId, ImportSource source, Iterator<SaleLineInput> validLines,
      int skippedInvalid, User by, Progress progress) {
    requireKind(source, ImportKind.SALES);
    // Batched inserts: several times faster into Derby than one statement at a time.
    SalesImport imported = db.writeBatch(s -> {
      SalesImport record = begin(s, clientId, source, by);
      try (SqlSession lookups = db.sameTransaction(s)) {
        SaleLineImport run = new SaleLineImport(s, lookups, clientId, record.getId(), record.getImportedAt());
        consume(validLines, run::add, run::seen, source, progress);
        return finish(s, record, run.imported(), run.invalid() + skippedInvalid, run.duplicates(), run.duplicatesByContent());
      }
    });
    refreshStatistics(imported);
    return imported;
  }

  /**
   * Done as part of a large import, while its owner waits for it anyway. Otherwise Derby notices the new
   * lines at the next query and refreshes the statistics in the background then, just when the owner opens
   * the first page after the import (which took 3.2 s instead of 1.7 for a million lines). The refresh
   * reads every client's lines, about two seconds a million, so small imports leave it to Derby.
   */
  private void refreshStatistics(SalesImport changed) {
    if (changed.getRowsImported() >= STATISTICS_AFTER) db.updateStatistics("SALE_LINE");
  }

  /** Upserts customers by the shop's code; a row without a code creates a customer by name. */
  public SalesImport importCustomers(long clientId, ImportSource source, Iterator<CustomerInput> validRows,
      int skippedInvalid, User by, Progress progress) {
    requireKind(source, ImportKind.CUSTOMERS);
    return db.writeBatch(s -> {
      SalesImport record = begin(s, clientId, source, by);
      CustomerImport run = new CustomerImport(s, clientId, record.getId(), record.getImportedAt());
      consume(validRows, run::add, run::seen, source, progress);
      run.finish();
      return finish(s, record, run.imported(), run.invalid() + skippedInvalid, run.unchanged(), 0);
    });
  }

  /** Upserts products by code. */
  public SalesImport importProducts(long clientId, ImportSource source, Iterator<ProductInput> validRows,
      int skippedInvalid, User by, Progress progress) {
    requireKind(source, ImportKind.PRODUCTS);
    return db.write(s -> {
      SalesImport record = begin(s, clientId, source, by);
      ProductImport run = new ProductImport(s, clientId, record.getId(), record.getImportedAt());
      consume(validRows, run::add, run::seen, source, progress);
      return finish(s, record, run.imported(), run.invalid() + skippedInvalid, run.unchanged(), 0);
    });
  }

  /** The client's imports, newest first, with who did them. */
  public List<SalesImport> history(long clientId) {
    return db.read(s -> s.getMapper(SalesImportMapper.class).selectByClient(clientId));
  }

  /** One of the client's imports, if it is theirs. */
  public Optional<SalesImport> find(long clientId, long importId) {
    return Optional.ofNullable(db.read(s -> s.getMapper(SalesImportMapper.class).selectById(clientId, importId)));
  }

  /**
   * Takes an import back: deletes its sale lines and the customers and products it created that nothing
   * else uses, and marks it undone. Changes a customer or product file made to existing records stay.
   */
  public SalesImport undo(long clientId, long importId, User by) {
    SalesImport undone = db.write(s -> {
      SalesImportMapper imports = s.getMapper(SalesImportMapper.class);
      SalesImport record = imports.selectById(clientId, importId);
      if (record == null) throw new NotFoundException("import " + importId);
      if (record.isUndone()) throw new ValidationException("import", "error.sales.import.alreadyUndone");
      s.getMapper(SaleLineMapper.class).deleteByImport(clientId, importId);
      s.getMapper(CustomerMapper.class).deleteUnusedCreatedBy(clientId, importId);
      s.getMapper(ProductMapper.class).deleteUnusedCreatedBy(clientId, importId);
      imports.markUndone(clientId, importId, by.getId(), clock.instant());
      LedgerVersion.bump(s, clientId);
      return imports.selectById(clientId, importId);
    });
    refreshStatistics(undone);
    return undone;
  }

  private SalesImport begin(SqlSession s, long clientId, ImportSource source, User by) {
    refuseIfImported(s, clientId, source);
    SalesImportMapper imports = s.getMapper(SalesImportMapper.class);
    imports.insertImport(SalesImport.start(clientId, source, by.getId(), clock.instant()));
    // Read back rather than rely on generated keys, which a batch session does not return.
    return imports.selectLatest(clientId, source.sha256(), source.kind());
  }

  private void refuseIfImported(SqlSession s, long clientId, ImportSource source) {
    SalesImport standing = s.getMapper(SalesImportMapper.class).selectStanding(clientId, source.sha256(), source.kind());
    if (standing != null) throw new AlreadyImportedException(standing, clock.getZone());
  }

  private static <T> void consume(Iterator<T> rows, Consumer<T> add, IntSupplier seen, ImportSource source, Progress progress) {
    while (rows.hasNext()) {
      add.accept(rows.next());
      int n = seen.getAsInt();
      if (n % REPORT_EVERY == 0) {
        progress.report(n, source.expectedRows() > 0 ? Math.min(1.0, (double) n / source.expectedRows()) : 0);
      }
    }
  }

  private static SalesImport finish(SqlSession s, SalesImport record, int imported, int skipped, int duplicates,
      int duplicatesByContent) {
    SalesImportMapper imports = s.getMapper(SalesImportMapper.class);
    record.finish(imported, skipped, duplicates, duplicatesByContent);
    imports.updateCounts(record);
    LedgerVersion.bump(s, record.getClientId());
    return imports.selectById(record.getClientId(), record.getId());
  }

  private static void requireKind(ImportSource source, ImportKind kind) {
    if (source.kind() != kind) throw new IllegalArgumentException("expected a " + kind + " file, got " + source.kind());
  }
}
