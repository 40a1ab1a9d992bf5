package kyokan.web;

import java.nio.file.Path;
import kyokan.web.cli.AnalyzeCommand;
import kyokan.web.cli.CommandException;
import kyokan.web.cli.CommandLine;
import kyokan.web.cli.ImportCommand;
import kyokan.web.cli.ReportCommand;

/**
 * Starts the workbench: {@code ./kyokan [--demo] [--port N] [--data DIR]}, or runs a subcommand:
 * {@code ./kyokan import …} (see {@link ImportCommand}), {@code ./kyokan analyze …} (see {@link AnalyzeCommand}) or
 * {@code ./kyokan report …} (see {@link ReportCommand}).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && (args[0].equals("import") || args[0].equals("analyze") || args[0].equals("report"))) {
      System.exit(runCommand(args[0], java.util.Arrays.copyOfRange(args, 1, args.length)));
    }
    WorkbenchConfig config;
    try {
      config = WorkbenchConfig.from(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("使い方 / usage: ./kyokan [--demo] [--port 7070] [--data data]");
      System.exit(2);
      return;
    }
    Workbench workbench = Workbench.start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(workbench::close, "kyokan-shutdown"));
    System.out.println("共感ワークベンチ: http://localhost:" + workbench.port() + "/");
  }

  private static int runCommand(String name, String[] args) {
    try {
      CommandLine line = new CommandLine(args, java.util.Set.of("--skip-invalid", "--json", "--all"));
      Path data = Path.of(line.option("--data").orElse(System.getenv().getOrDefault("KYOKAN_DATA", "data")));
      if (name.equals("report")) {
        Path plugins = Path.of(line.option("--plugins").orElse(System.getenv().getOrDefault("KYOKAN_PLUGINS", "web/target/plugins")));
        return new ReportCommand(System.out).run(line, data, plugins);
      }
      return name.equals("import") ? new ImportCommand(System.out).run(line, data) : new AnalyzeCommand(System.out).run(line, data);
    } catch (CommandException | kyokan.core.db.DatabaseException | kyokan.core.jobs.UserFacingException e) {
      System.err.println(e.getMessage());
      return 2;
    } catch (Exception e) {
      System.err.println(name + " failed: " + e);
      return 2;
    }
  }
}
