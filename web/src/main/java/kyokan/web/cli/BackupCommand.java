package kyokan.web.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import kyokan.core.db.BackupRequests;
import kyokan.core.db.Database;
import kyokan.core.db.DatabaseException;
import kyokan.core.db.DerbyBackup;

/**
 * {@code ./kyokan backup --out DIR}: a consistent copy of the embedded database in {@code DIR/kyokan-db}. While the
 * workbench runs it makes the copy itself (asked through {@link BackupRequests}); otherwise the command does.
 */
public final class BackupCommand {
  static final Set<String> OPTIONS = Set.of("--out", "--data", "--db", "--db-password-file");
  private static final Duration WAIT = Duration.ofHours(1);
  private final PrintStream out;

  public BackupCommand(PrintStream out) {
    this.out = out;
  }

  public static CommandLine parse(String[] args) {
    return new CommandLine(args, OPTIONS, Set.of());
  }

  public int run(CommandLine args, Workplace place) throws InterruptedException {
    Path target = Path.of(args.required("--out"));
    if (!place.database().isDerby()) throw new CommandException("error.backupServer");
    Path copy;
    try {
      copy = backup(place, target);
    } catch (DatabaseException e) {
      throw new CommandException("error.backup", e.getMessage());
    }
    out.println(CliText.both("backup.done", copy));
    return 0;
  }

  private static Path backup(Workplace place, Path target) throws InterruptedException {
    Database db;
    try {
      db = DataFolderDatabase.open(place);
    } catch (CommandException e) {
      if (!"error.inUse".equals(e.key())) throw e;
      return BackupRequests.request(place.dataDir(), target, WAIT);
    }
    try (db) {
      return DerbyBackup.run(db, target);
    }
  }
}
