package kyokan.step.datacapture.importing;

import java.util.function.Consumer;
import kyokan.core.account.User;
import kyokan.core.importing.ColumnMapping;
import kyokan.core.importing.FileImport;
import kyokan.core.importing.ImportFileReader;
import kyokan.core.importing.ImportKind;
import kyokan.core.importing.ImportOptions;
import kyokan.core.importing.ImportProgress;
import kyokan.core.jobs.JobRunner;
import kyokan.core.jobs.Progress;
import kyokan.core.jobs.SharedFiles;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImport;
import kyokan.core.sales.SalesImportService;
import kyokan.core.step.CoreServices;
import kyokan.core.step.DataFolder;
import kyokan.step.datacapture.upload.StoredUpload;
import kyokan.step.datacapture.upload.UploadStore;

/** Starts the two long passes over an uploaded file: checking every row, and importing the valid ones. */
public final class ImportJobs {
  private ImportJobs() {}

  static String validate(CoreServices services, long clientId, StoredUpload upload, ImportOptions options,
      ColumnMapping mapping, ImportKind kind) {
    return services.get(JobRunner.class).submit(clientId, upload.fileName(), progress -> JobOutcome.of(
        new JobOutcome.Checked(upload.id(), upload.fileName(), kind, options, mapping.encode(),
            ImportFileReader.validate(upload.path(), options, mapping, reporter(progress)))));
  }

  /** Imports the valid rows in one transaction; the rows with problems are skipped and counted. */
  static String importRows(CoreServices services, long clientId, StoredUpload upload, ImportOptions options,
      ColumnMapping mapping, ImportKind kind, User by, Long checkedInvalidRows) {
    SalesImportService imports = services.get(SalesImportService.class);
    ImportSource source = new ImportSource(upload.fileName(), upload.sha256(), kind);
    // Refused at once, before a job starts, when this very file was imported already.
    imports.checkNotImported(clientId, source);
    return services.get(JobRunner.class).submit(clientId, upload.fileName(), progress -> {
      // The check just counted the rows with problems; only when its result is gone is it counted again.
      long invalid = checkedInvalidRows != null ? checkedInvalidRows
          : ImportFileReader.validate(upload.path(), options, mapping, ImportJobs::ignore).invalidRows();
      SalesImport result = FileImport.run(imports, clientId, source, upload.path(), options, mapping, invalid, by,
          reporter(progress));
      // Imported: the file is in the ledger now and is never read again (a failed import keeps it to try again).
      uploads(services).delete(upload);
      return JobOutcome.of(new JobOutcome.Imported(upload.id(), result.getId()));
    });
  }

  static UploadStore uploads(CoreServices services) {
    return new UploadStore(services.get(DataFolder.class), services.get(SharedFiles.class));
  }

  private static Consumer<ImportProgress> reporter(Progress progress) {
    return p -> progress.report(p.rowsRead(), p.shareDone().orElse(0));
  }

  private static void ignore(ImportProgress p) {}
}
