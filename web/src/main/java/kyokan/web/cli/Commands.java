package kyokan.web.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kyokan.core.importing.ImportKind;
import kyokan.core.importing.ImportMappingException;
import kyokan.core.jobs.UserFacingException;
import kyokan.web.DatabaseChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one subcommand of {@code ./kyokan}: its help with {@code --help}, else the command, turning every
 * mistake into a Japanese and English message (never a Java class name) and an exit code.
 */
public final class Commands {
  /** The subcommands {@code Main} hands over to this class. */
  public static final Set<String> NAMES = Set.of("import", "analyze", "report", "client", "backup", "export", "import-client");
  private static final Logger log = LoggerFactory.getLogger(Commands.class);
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  public Commands(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  /** The workbench's own usage, for {@code ./kyokan --help}. */
  public static String mainHelp() {
    return CliText.help("help.main");
  }

  /** @return the process exit code: 0 done, 1 the file or data has problems, 2 the command line is wrong */
  public int run(String name, String[] args) {
    if (CommandLine.asksForHelp(args)) {
      out.println(help(name));
      return 0;
    }
    try {
      return switch (name) {
        case "import" -> new ImportCommand(out).run(ImportArgs.parse(args), place(ImportArgs.parse(args)));
        case "analyze" -> new AnalyzeCommand(out).run(AnalyzeCommand.parse(args), place(AnalyzeCommand.parse(args)));
        case "report" -> {
          CommandLine line = ReportCommand.parse(args);
          Path plugins = Path.of(line.option("--plugins").orElse(env.getOrDefault("KYOKAN_PLUGINS", "web/target/plugins")));
          yield new ReportCommand(out).run(line, place(line), plugins);
        }
        case "client" -> new ClientCommand(out).run(ClientCommand.parse(args), place(ClientCommand.parse(args)));
        case "backup" -> new BackupCommand(out).run(BackupCommand.parse(args), place(BackupCommand.parse(args)));
        case "export" -> new ExportCommand(out).run(ExportCommand.parse(args), place(ExportCommand.parse(args)));
        case "import-client" -> new ImportClientCommand(out).run(ImportClientCommand.parse(args), place(ImportClientCommand.parse(args)));
        default -> throw new CommandException("error.unknownCommand", name);
      };
    } catch (CommandException | UserFacingException e) {
      err.println(e.getMessage());
      return 2;
    } catch (ImportMappingException e) {
      e.problems().forEach(p -> err.println(p.field().key() + ": " + p.reason()));
      return 1;
    } catch (Exception e) {
      log.debug("{} failed", name, e);
      err.println(CliText.both("error.unexpected", e.getMessage() == null ? "" : e.getMessage()));
      return 2;
    }
  }

  private Workplace place(CommandLine line) {
    Path dataDir = Path.of(line.option("--data").orElse(env.getOrDefault("KYOKAN_DATA", "data")));
    try {
      return new Workplace(dataDir, DatabaseChoice.resolve(line.option("--db").orElse(null),
          line.option("--db-password-file").orElse(null), dataDir, env));
    } catch (IllegalArgumentException e) {
      throw new CommandException("error.badDatabaseUrl", e.getMessage());
    }
  }

  private static String help(String name) {
    if (!NAMES.contains(name)) return mainHelp();
    String fields = java.util.Arrays.stream(ImportKind.values())
        .map(k -> k.name().toLowerCase(java.util.Locale.ROOT) + ": " + ImportArgs.fieldNames(k)).collect(Collectors.joining("; "));
    return CliText.help("help." + name).replace("PRESETS", ImportArgs.presetNames()).replace("FIELDS", fields);
  }
}
