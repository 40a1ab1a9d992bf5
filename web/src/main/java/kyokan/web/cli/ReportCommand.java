package kyokan.web.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kyokan.core.jobs.Progress;
import kyokan.core.NotFoundException;
import kyokan.core.account.AccountService;
import kyokan.core.account.LoginThrottle;
import kyokan.core.account.PasswordHasher;
import kyokan.core.client.Client;
import kyokan.core.client.ClientService;
import kyokan.core.db.Database;
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
 * {@code ./kyokan report --client ID|NAME --out FILE.pdf [--month YYYY-MM] [--engagement ID] [--lang en] [--data DIR]}
 * or {@code ./kyokan report --all --month YYYY-MM --out DIR}:
 * the monthly progress report as the engagement page prints it (same code, same step plugins), for printing
 * every client's report before a meeting day. The workbench must be stopped: the database allows one process.
 */
public final class ReportCommand {
  private final PrintStream out;

  public ReportCommand(PrintStream out) {
    this.out = out;
  }

  static final Set<String> OPTIONS = Set.of("--client", "--out", "--month", "--engagement", "--lang", "--data", "--db", "--db-password-file", "--plugins");

  public static CommandLine parse(String[] raw) {
    return new CommandLine(raw, OPTIONS, Set.of("--all"));
  }

  /** @return the process exit code */
  public int run(CommandLine args, Workplace place, Path pluginsDir) throws IOException {
    return args.flag("--all") ? runAll(args, place, pluginsDir) : runOne(args, place, pluginsDir);
  }

  /**
   * {@code --all --month YYYY-MM --out DIR}: every client's report of the month into DIR, one line of progress
   * per report; clients without an engagement are listed as skipped.
   */
  private int runAll(CommandLine args, Workplace place, Path pluginsDir) throws IOException {
    String asked = args.required("--month");
    YearMonth month = ProgressReports.month(asked).orElseThrow(() -> new CommandException("error.month", "--month", asked));
    Path dir = Path.of(args.required("--out"));
    Locale locale = Messages.supported(Locale.forLanguageTag(args.option("--lang").orElse("ja")));
    Clock clock = Clock.systemDefaultZone();
    try (Database db = DataFolderDatabase.open(place)) {
      StepRegistry steps = StepRegistry.load(pluginsDir);
      try {
        steps.migrate(db);
        CoreServices core = CoreRegistry.create(db, place.dataDir(), clock);
        EngagementService engagements = new EngagementService(db, clock);
        List<Client> clients = core.get(ClientService.class).allClients();
        List<MonthReports.Entry> entries = MonthReports.entries(clients, engagements);
        clients.stream().filter(c -> entries.stream().noneMatch(e -> e.client().getId() == c.getId()))
            .forEach(c -> out.printf("スキップ(プログラムなし) / skipped (no engagement): %d %s%n", c.getId(), c.getName()));
        MonthReports reports = new MonthReports(ProgressReports.of(steps, core, engagements,
            new AccountService(db, new PasswordHasher(4), new LoginThrottle(db, clock), clock), clock));
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

  private int runOne(CommandLine args, Workplace place, Path pluginsDir) throws IOException {
    Path file = Path.of(args.required("--out"));
    YearMonth asked = args.option("--month").map(m -> ProgressReports.month(m)
        .orElseThrow(() -> new CommandException("error.month", "--month", m))).orElse(null);
    String lang = args.option("--lang").orElse("ja");
    if (!lang.equals("ja") && !lang.equals("en")) throw new CommandException("error.choice", "--lang", "ja, en", lang);
    Locale locale = Messages.supported(Locale.forLanguageTag(lang));
    Clock clock = Clock.systemDefaultZone();
    try (Database db = DataFolderDatabase.open(place)) {
      StepRegistry steps = StepRegistry.load(pluginsDir);
      try {
        steps.migrate(db);
        CoreServices core = CoreRegistry.create(db, place.dataDir(), clock);
        EngagementService engagements = new EngagementService(db, clock);
        Client client = ClientRef.resolve(core.get(ClientService.class), args.required("--client"));
        Engagement engagement = engagement(args, engagements, client.getId());
        ProgressReport report = ProgressReports.of(steps, core, engagements,
            new AccountService(db, new PasswordHasher(4), new LoginThrottle(db, clock), clock), clock);
        YearMonth month = asked != null ? asked : report.defaultMonth(client.getId());
        byte[] pdf = report.pdf(client, engagement, month, locale);
        if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, pdf);
        out.println(CliText.both("report.written", file, month, String.format("%,d", pdf.length)));
        return 0;
      } finally {
        steps.stop();
      }
    }
  }

  private static Engagement engagement(CommandLine args, EngagementService engagements, long clientId) {
    if (args.option("--engagement").isEmpty()) {
      return engagements.current(clientId).orElseThrow(() -> new CommandException("error.noEngagement", clientId));
    }
    try {
      Engagement e = engagements.get(Choices.number("--engagement", args.required("--engagement")));
      if (e.getClientId() == clientId) return e;
    } catch (NotFoundException ignored) {
      // reported below, as for another client's engagement
    }
    throw new CommandException("error.notEngagement", clientId);
  }
}
