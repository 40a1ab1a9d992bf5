package kyokan.web.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import kyokan.core.account.AccountService;
import kyokan.core.account.LoginThrottle;
import kyokan.core.account.PasswordHasher;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.client.ClientService;
import kyokan.core.db.Database;
import kyokan.core.importing.ColumnMapping;
import kyokan.core.importing.FileImport;
import kyokan.core.importing.ImportFileReader;
import kyokan.core.importing.ImportKind;
import kyokan.core.importing.ImportOptions;
import kyokan.core.importing.ImportProgress;
import kyokan.core.importing.MappingProblem;
import kyokan.core.importing.RowProblem;
import kyokan.core.importing.TablePreview;
import kyokan.core.importing.TableReader;
import kyokan.core.importing.ValidationSummary;
import kyokan.core.sales.ImportMappingService;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImport;
import kyokan.core.sales.SalesImportService;

/**
 * {@code ./kyokan import --client ID|NAME [--file] FILE [options]} (see {@code help.import}): the same check and
 * import as the browser, with progress on the console. Nothing is written while the check finds problems,
 * unless {@code --skip-invalid}; {@code --dry-run} checks only.
 */
public final class ImportCommand {
  private static final int PROBLEMS_SHOWN = 10;
  private final PrintStream out;

  public ImportCommand(PrintStream out) {
    this.out = out;
  }

  /** @return the process exit code: 0 imported (or a clean dry run), 1 problems found */
  public int run(CommandLine line, Workplace place) {
    ImportArgs args = new ImportArgs(line);
    Path file = args.file();
    ImportKind kind = args.kind();
    ImportOptions options = args.options(file);
    try (Database db = DataFolderDatabase.open(place)) {
      Clock clock = Clock.systemDefaultZone();
      Client client = ClientRef.resolve(new ClientService(db, clock), line.required("--client"));
      ImportMappingService mappings = new ImportMappingService(db, clock);
      TablePreview preview = TableReader.preview(file, options, 10);
      ColumnMapping mapping = args.mapping(kind, preview, client.getMinorDigits(),
          mappings.find(client.getId(), kind).map(ColumnMapping::decode).orElse(null));
      printMapping(client, file, kind, options, mapping);
      List<MappingProblem> problems = mapping.problems(preview.header());
      if (!problems.isEmpty()) {
        problems.forEach(p -> out.println("  ! " + p.field().key() + ": " + p.reason()));
        if (preview.header().size() == 1) out.println(CliText.both("import.singleColumn", preview.header().get(0)));
        out.println(CliText.both("import.mappingProblems"));
        return 1;
      }
      out.println(CliText.both("import.checking"));
      ValidationSummary summary = ImportFileReader.validate(file, options, mapping, progressLine());
      printSummary(summary);
      if (line.flag("--dry-run")) {
        out.println(CliText.both("import.dryRun"));
        return summary.isClean() ? 0 : 1;
      }
      if (!summary.isClean() && !line.flag("--skip-invalid")) {
        out.println(CliText.both("import.notClean"));
        return 1;
      }
      SalesImportService imports = new SalesImportService(db, clock);
      ImportSource source = new ImportSource(file.getFileName().toString(), FileImport.sha256(file), kind);
      imports.checkNotImported(client.getId(), source);
      User by = new AccountService(db, new PasswordHasher(4), new LoginThrottle(db, clock), clock).get(client.getConsultantId());
      out.println(CliText.both("import.importing"));
      SalesImport result = FileImport.run(imports, client.getId(), source, file, options, mapping, summary.invalidRows(), by, progressLine());
      mappings.save(client.getId(), kind, mapping.encode(), by);
      out.println();
      out.println(CliText.both("import.done", result.getRowsRead(), result.getRowsImported(), result.getRowsSkipped()));
      out.println(CliText.both("import.duplicates", result.getRowsDuplicate(),
          result.getRowsDuplicate() - result.getRowsDuplicateContent(), result.getRowsDuplicateContent()));
      out.println(CliText.both("import.mappingSaved"));
      return 0;
    }
  }

  private void printMapping(Client client, Path file, ImportKind kind, ImportOptions options, ColumnMapping mapping) {
    out.println(CliText.ja("import.heading", client.getName(), file.getFileName(), kind, options.describe(), mapping.dateOrder()));
    out.println(CliText.both("import.mappingUsed"));
    mapping.columns().forEach((field, column) -> out.println("  --map " + field.key() + "=" + column));
  }

  private void printSummary(ValidationSummary summary) {
    out.println();
    out.println(CliText.both("import.checked", summary.totalRows(), summary.validRows(), summary.invalidRows()));
    List<RowProblem> shown = summary.firstProblems().subList(0, Math.min(PROBLEMS_SHOWN, summary.firstProblems().size()));
    for (RowProblem p : shown) {
      out.println("  " + CliText.ja("import.problemRow", p.rowNumber(), p.column(), p.value(), p.reason())
          + " / " + ProblemTexts.en(p.kind()));
    }
    summary.problemCounts().forEach((kind, n) -> out.printf("  %s: %,d%n", ProblemTexts.both(kind), n));
  }

  private Consumer<ImportProgress> progressLine() {
    return p -> out.printf("\r  %,d (%s)", p.rowsRead(),
        p.shareDone().isPresent() ? String.format("%.0f%%", p.shareDone().getAsDouble() * 100) : "…");
  }
}
