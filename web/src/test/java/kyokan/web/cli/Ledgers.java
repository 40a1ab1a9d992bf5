package kyokan.web.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kyokan.core.TestDatabases;
import kyokan.core.db.Database;
import kyokan.core.importing.ImportKind;
import kyokan.core.sales.ImportMappingService;
import kyokan.core.sales.SalesImport;
import kyokan.core.sales.SalesImportService;

/** What a command left in a data folder's ledger, read after the command has closed the database. */
final class Ledgers {
  private Ledgers() {}

  static List<SalesImport> imports(Path data, long clientId) {
    try (Database db = Database.open(TestDatabases.forFolder(data))) {
      return new SalesImportService(db, Clock.systemDefaultZone()).history(clientId);
    }
  }

  static long linesImported(Path data, long clientId) {
    return imports(data, clientId).stream().filter(i -> !i.isUndone()).mapToLong(SalesImport::getRowsImported).sum();
  }

  static Optional<String> savedMapping(Path data, long clientId) {
    try (Database db = Database.open(TestDatabases.forFolder(data))) {
      return new ImportMappingService(db, Clock.systemDefaultZone()).find(clientId, ImportKind.SALES);
    }
  }
}
