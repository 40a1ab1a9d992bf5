package kyokan.web.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Set;
import kyokan.core.client.Client;
import kyokan.core.client.ClientService;
import kyokan.core.db.Database;
import kyokan.core.transfer.ClientExport;

/**
 * {@code ./kyokan export --client ID|NAME --out FILE.zip}: every row the client owns, in every table, into one
 * file that {@code ./kyokan import-client} reads into another database (Derby or PostgreSQL).
 */
public final class ExportCommand {
  static final Set<String> OPTIONS = Set.of("--client", "--out", "--data", "--db", "--db-password-file");
  private final PrintStream out;

  public ExportCommand(PrintStream out) {
    this.out = out;
  }

  public static CommandLine parse(String[] args) {
    return new CommandLine(args, OPTIONS, Set.of());
  }

  public int run(CommandLine args, Workplace place) throws IOException {
    Path target = Path.of(args.required("--out"));
    if (Files.exists(target)) throw new CommandException("error.exists", target);
    try (Database db = DataFolderDatabase.open(place)) {
      Client client = ClientRef.resolve(new ClientService(db, Clock.systemDefaultZone()), args.required("--client"));
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      // Written beside and moved when complete: a failed export leaves no half-written file.
      Path partial = Files.createTempFile(parent, ".export-", ".zip");
      try {
        long rows;
        try (OutputStream file = Files.newOutputStream(partial)) {
          rows = new ClientExport(db).write(client.getId(), file);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        out.println(CliText.both("export.done", client.getName(), String.format("%,d", rows), target));
        return 0;
      } finally {
        Files.deleteIfExists(partial);
      }
    }
  }
}
