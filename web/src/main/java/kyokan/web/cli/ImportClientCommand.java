package kyokan.web.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import kyokan.core.account.AccountService;
import kyokan.core.account.LoginThrottle;
import kyokan.core.account.PasswordHasher;
import kyokan.core.account.User;
import kyokan.core.db.Database;
import kyokan.core.transfer.ClientImport;
import kyokan.core.transfer.TransferRefused;

/**
 * {@code ./kyokan import-client FILE.zip [--consultant E-MAIL]}: a client written by {@code ./kyokan export}, into
 * this database under new numbers; its consultant is the one with the same e-mail here, else the one named, else
 * the first. Prints the client's new number on the last line.
 */
public final class ImportClientCommand {
  static final Set<String> OPTIONS = Set.of("--consultant", "--data", "--db", "--db-password-file");
  private final PrintStream out;

  public ImportClientCommand(PrintStream out) {
    this.out = out;
  }

  public static CommandLine parse(String[] args) {
    return new CommandLine(args, OPTIONS, Set.of(), Set.of(), 1);
  }

  public int run(CommandLine args, Workplace place) {
    if (args.positional().isEmpty()) throw new CommandException("error.required", "FILE.zip");
    Path file = Path.of(args.positional().get(0));
    if (!Files.isRegularFile(file)) throw new CommandException("error.fileNotFound", file);
    try (Database db = DataFolderDatabase.open(place)) {
      Clock clock = Clock.systemDefaultZone();
      User consultant = ClientCommand.consultant(new AccountService(db, new PasswordHasher(4), new LoginThrottle(db, clock), clock),
          args.option("--consultant").orElse(null));
      long id;
      try {
        id = new ClientImport(db).read(file, consultant.getId());
      } catch (TransferRefused e) {
        throw new CommandException("error.importClient", e.getMessage());
      }
      out.println(CliText.both("importClient.done", file, String.valueOf(id)));
      out.println(id);
      return 0;
    }
  }
}
