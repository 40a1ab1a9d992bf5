package kyokan.web.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import kyokan.core.jobs.Progress;
import kyokan.core.NotFoundException;
import kyokan.core.account.AccountService;
import kyokan.core.account.LoginThrottle;
import kyokan.core.account.PasswordHasher;
import kyokan.core.client.Client;
import kyokan.core.client.ClientService;
import kyokan.core.db.Database;
import kyokan.core.db.DatabaseException;
import kyokan.core.engagement.Engagement;
import kyokan.core.engagement.EngagementService;
import kyokan.core.i18n.Messages;
import kyokan.core.report.ProgressReport;
import kyokan.core.step.CoreServices;
import kyokan.web.CoreRegistry;
import kyokan.web.plugin.StepRegistry;
import kyokan.web.report.MonthReports;
import kyokan.web.report.ProgressReports;

/**
 * {@code ./kyokan report --client ID --out FILE.pdf [--month YYYY-MM] [--engagement ID] [--lang en] [--data DIR]}
 * or {@code ./kyokan report --all --month YYYY-MM --out DIR}:
 * the monthly progress report as the engagement page prints it (same code, same step plugins), for printing
 * every client's report before a meeting day. The workbench must be stopped: the database allows one process.
 */
public final class ReportCommand {
  private final PrintStream out;

  public ReportCommand(PrintStream out) {
    this.out = out;
  }

  /** @return the process exit code */
  public int run(CommandLine args, Path dataDir, Path pluginsDir) throws IOException {
    return args.flag("--all") ? runAll(args, dataDir, pluginsDir) : runOne(args, dataDir, pluginsDir);
  }

  /**
   * {@code --all --month YYYY-MM --out DIR}: every client's report of the month into DIR, one line of progress
   * per report; clients without an engagement are listed as skipped.
   */
  private int runAll(CommandLine args, Path dataDir, Path pluginsDir) throws IOException {
    YearMonth month = ProgressReports.month(args.required("--month"))
        .orElseThrow(() -> new CommandException("--month は 2025-04 の形で / --month must look like 2025-04"));
    Path dir = Path.of(args.required("--out"));
    Locale locale = Messages.supported(Locale.forLanguageTag(args.option("--lang").orElse("ja")));
    Clock clock = Clock.systemDefaultZone();
    try (Database db = open(dataDir)) {
      StepRegistry steps = StepRegistry.load(pluginsDir);
      try {
        steps.migrate(db);
        CoreServices core = CoreRegistry.create(db, dataDir, clock);
        EngagementService engagements = new EngagementService(db, clock);
        List<Client> clients = core.get(ClientService.class).allClients();
        List<MonthReports.Entry> entries = MonthReports.entries(clients, engagements);
        clients.stream().filter(c -> entries.stream().noneMatch(e -> e.client().getId() == c.getId()))
            .forEach(c -> out.printf("スキップ(プログラムなし) / skipped (no engagement): %d %s%n", c.getId(), c.getName()));
        MonthReports reports = new MonthReports(ProgressReports.of(steps, core, engagements,
            new AccountService(db, new PasswordHasher(4), new LoginThrottle(clock), clock), clock));
        Files.createDirectories(dir);
        int[] done = {0};
        reports.print(entries, month, locale, Progress.NONE, (name, pdf) -> {
          Files.write(dir.resolve(name), pdf);
          Client c = entries.get(done[0]++).client();
          out.printf("[%d/%d] %s %s (%,d bytes)%n", done[0], entries.size(), dir.resolve(name), c.getName(), pdf.length);
        });
        out.printf("%s: %d / %d%n", "書き出しました / written", entries.size(), clients.size());
        return 0;
      } finally {
        steps.stop();
      }
    }
  }

  private int runOne(CommandLine args, Path dataDir, Path pluginsDir) throws IOException {
    long clientId = number(args.required("--client"), "--client");
    Path file = Path.of(args.required("--out"));
    YearMonth asked = args.option("--month").map(m -> ProgressReports.month(m)
        .orElseThrow(() -> new CommandException("--month は 2025-04 の形で / --month must look like 2025-04"))).orElse(null);
    Locale locale = Messages.supported(Locale.forLanguageTag(args.option("--lang").orElse("ja")));
    Clock clock = Clock.systemDefaultZone();
    try (Database db = open(dataDir)) {
      StepRegistry steps = StepRegistry.load(pluginsDir);
      try {
        steps.migrate(db);
        CoreServices core = CoreRegistry.create(db, dataDir, clock);
        EngagementService engagements = new EngagementService(db, clock);
        Client client = core.get(ClientService.class).find(clientId)
            .orElseThrow(() -> new CommandException("お客様 " + clientId + " は見つかりません / no client " + clientId));
        Engagement engagement = engagement(args, engagements, clientId);
        ProgressReport report = ProgressReports.of(steps, core, engagements,
            new AccountService(db, new PasswordHasher(4), new LoginThrottle(clock), clock), clock);
        YearMonth month = asked != null ? asked : report.defaultMonth(clientId);
        byte[] pdf = report.pdf(client, engagement, month, locale);
        if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, pdf);
        out.printf("%s: %s %s (%,d bytes)%n", "書き出しました / written", file, month, pdf.length);
        return 0;
      } finally {
        steps.stop();
      }
    }
  }

  private static Engagement engagement(CommandLine args, EngagementService engagements, long clientId) {
    if (args.option("--engagement").isEmpty()) {
      return engagements.current(clientId).orElseThrow(() -> new CommandException(
          "このお客様にはまだプログラムがありません / client " + clientId + " has no engagement yet"));
    }
    try {
      Engagement e = engagements.get(number(args.required("--engagement"), "--engagement"));
      if (e.getClientId() == clientId) return e;
    } catch (NotFoundException ignored) {
      // reported below, as for another client's engagement
    }
    throw new CommandException("このお客様のプログラムではありません / not an engagement of client " + clientId);
  }

  /** Opens the database, or explains that the running workbench holds it. */
  private static Database open(Path dataDir) {
    try {
      return Database.open(dataDir);
    } catch (DatabaseException e) {
      if (inUse(e)) {
        throw new CommandException("ワークベンチが起動中のため、データベースを開けません。ワークベンチを止めてから、もう一度実行してください。"
            + "\nThe workbench is running and holds the database (" + dataDir + "): stop it, then run the report again.");
      }
      throw e;
    }
  }

  private static boolean inUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      for (SQLException s = t instanceof SQLException q ? q : null; s != null; s = s.getNextException()) {
        if ("XSDB6".equals(s.getSQLState())) return true;
      }
    }
    return false;
  }

  private static long number(String text, String option) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new CommandException(option + " は数字で / " + option + " must be a number");
    }
  }
}
