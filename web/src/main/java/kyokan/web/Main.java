package kyokan.web;

import java.util.Arrays;
import kyokan.web.cli.CommandLine;
import kyokan.web.cli.Commands;

/**
 * Starts the workbench: {@code ./kyokan [--demo] [--port N] [--data DIR]}, or runs a subcommand
 * ({@code import}, {@code analyze}, {@code report}, {@code client add}; see {@link Commands}).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && Commands.NAMES.contains(args[0])) {
      System.exit(new Commands(System.out, System.err, System.getenv()).run(args[0], Arrays.copyOfRange(args, 1, args.length)));
    }
    if (CommandLine.asksForHelp(args)) {
      System.out.println(Commands.mainHelp());
      System.exit(0);
    }
    WorkbenchConfig config;
    try {
      config = WorkbenchConfig.from(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("使い方 / usage: ./kyokan --help");
      System.exit(2);
      return;
    }
    Workbench workbench = Workbench.start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(workbench::close, "kyokan-shutdown"));
    System.out.println("共感ワークベンチ: http://localhost:" + workbench.port() + "/");
  }
}
