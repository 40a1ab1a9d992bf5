package kyokan.web.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
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
import kyokan.core.importing.MappingProposer;
import kyokan.core.importing.RowProblem;
import kyokan.core.importing.TableReader;
import kyokan.core.importing.TextEncoding;
import kyokan.core.importing.ValidationSummary;
import kyokan.core.sales.ImportMappingService;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImport;
import kyokan.core.sales.SalesImportService;

/**
 * {@code ./kyokan import --client ID --file FILE [--kind sales|customers|products] [--encoding UTF_8|SHIFT_JIS]
 * [--sheet NAME] [--skip-invalid] [--data DIR]}: the same check and import as the browser, with progress
 * on the console. The column mapping is the one saved for the client, else the proposed one.
 */
public final class ImportCommand {
  private final PrintStream out;

  public ImportCommand(PrintStream out) {
    this.out = out;
  }

  /** @return the process exit code */
  public int run(CommandLine args, Path dataDir) throws Exception {
    long clientId = Long.parseLong(args.required("--client"));
    Path file = Path.of(args.required("--file"));
    if (!Files.isRegularFile(file)) throw new CommandException("ファイルが見つかりません / file not found: " + file);
    ImportKind kind = ImportKind.valueOf(args.option("--kind").orElse("sales").toUpperCase(Locale.ROOT));
    try (Database db = Database.open(dataDir)) {
      Clock clock = Clock.systemDefaultZone();
      Client client = new ClientService(db, clock).find(clientId)
          .orElseThrow(() -> new CommandException("クライアントが見つかりません / no client " + clientId));
      User by = new AccountService(db, new PasswordHasher(4), new LoginThrottle(clock), clock).get(client.getConsultantId());
      ImportOptions options = ImportOptions.detect(file);
      if (args.option("--encoding").isPresent()) options = options.withEncoding(TextEncoding.valueOf(args.option("--encoding").get()));
      if (args.option("--sheet").isPresent()) options = options.withSheet(args.option("--sheet").get());
      ImportMappingService mappings = new ImportMappingService(db, clock);
      int digits = client.getMinorDigits();
      var preview = TableReader.preview(file, options, 10);
      ColumnMapping mapping = MappingProposer.propose(kind, preview, digits,
          mappings.find(clientId, kind).map(ColumnMapping::decode).orElse(null));
      out.println(client.getName() + " ← " + file.getFileName() + " (" + kind + ", " + options.format() + ")");
      mapping.columns().forEach((field, column) -> out.println("  " + field.key() + " ← " + column));
      if (!mapping.problems(preview.header()).isEmpty()) {
        mapping.problems(preview.header()).forEach(p -> out.println("  ! " + p.field().key() + ": " + p.reason()));
        return 1;
      }

      out.println("点検中 / checking…");
      ValidationSummary summary = ImportFileReader.validate(file, options, mapping, progressLine());
      out.printf("%n行数 %,d · 取り込める行 %,d · 問題のある行 %,d%n", summary.totalRows(), summary.validRows(), summary.invalidRows());
      summary.problemCounts().forEach((k, n) -> out.printf("  %s: %,d%n", k.defaultReason(), n));
      for (RowProblem p : summary.firstProblems().subList(0, Math.min(10, summary.firstProblems().size()))) {
        out.printf("  %d行目 [%s] \"%s\": %s%n", p.rowNumber(), p.column(), p.value(), p.reason());
      }
      if (!summary.isClean() && !args.flag("--skip-invalid")) {
        out.println("問題のある行があります。ファイルを直すか、--skip-invalid で問題のない行だけを取り込んでください。");
        return 1;
      }
      SalesImportService imports = new SalesImportService(db, clock);
      ImportSource source = new ImportSource(file.getFileName().toString(), FileImport.sha256(file), kind);
      imports.checkNotImported(clientId, source);
      mappings.save(clientId, kind, mapping.encode(), by);
      out.println("取り込み中 / importing…");
      SalesImport result = FileImport.run(imports, clientId, source, file, options, mapping, summary.invalidRows(), by, progressLine());
      out.printf("%n取り込み完了 / imported: 読んだ行 %,d · 取り込んだ行 %,d · 取り込み済みで飛ばした行 %,d · 問題で飛ばした行 %,d%n",
          result.getRowsRead(), result.getRowsImported(), result.getRowsDuplicate(), result.getRowsSkipped());
      return 0;
    }
  }

  private Consumer<ImportProgress> progressLine() {
    return p -> out.printf("\r  %,d 行 (%s)", p.rowsRead(),
        p.shareDone().isPresent() ? String.format("%.0f%%", p.shareDone().getAsDouble() * 100) : "…");
  }


}
