package kyokan.web.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Set;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CellHistory;
import kyokan.core.analytics.MonthFigures;
import kyokan.core.analytics.MonthReport;
import kyokan.core.analytics.Movement;
import kyokan.core.client.Client;
import kyokan.core.client.ClientService;
import kyokan.core.db.Database;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.step.CoreServices;
import kyokan.web.CoreRegistry;

/**
 * {@code ./kyokan analyze --client ID|NAME [--as-of YYYY-MM-DD] [--json] [--data DIR]}: the ten questions' figures,
 * the capture rate, the Pareto share, the customers in each CPM cell under the client's thresholds in force
 * at the month end, and the from × to movement from the previous month end, for the month of the as-of
 * date (default: the last complete month in the data), from the same engines as the pages.
 */
public final class AnalyzeCommand {
  static final Set<String> OPTIONS = Set.of("--client", "--as-of", "--data", "--db", "--db-password-file");
  static final Set<String> FLAGS = Set.of("--json");
  private final PrintStream out;

  public AnalyzeCommand(PrintStream out) {
    this.out = out;
  }

  public static CommandLine parse(String[] raw) {
    return new CommandLine(raw, OPTIONS, FLAGS);
  }

  /** @return the process exit code */
  public int run(CommandLine args, Workplace place) {
    YearMonth asked = args.option("--as-of").map(d -> YearMonth.from(Choices.date("--as-of", d))).orElse(null);
    try (Database db = DataFolderDatabase.open(place)) {
      CoreServices core = CoreRegistry.create(db, place.dataDir(), Clock.systemDefaultZone());
      Client client = ClientRef.resolve(core.get(ClientService.class), args.required("--client"));
      AnalyticsService analytics = core.get(AnalyticsService.class);
      SegmentationService segmentation = core.get(SegmentationService.class);
      YearMonth month = asked != null ? asked : analytics.latestCompleteMonth(client.getId())
          .orElseThrow(() -> new CommandException("error.noSalesData", client.getId()));
      MonthReport report = segmentation.report(client.getId(), month);
      CellHistory history = segmentation.cellHistory(client.getId(), month);
      Movement movement = history.covers(month) ? history.movement(month) : null;
      if (args.flag("--json")) {
        out.println(MonthFigures.json(report, movement, client.getCurrency(), client.getMinorDigits()));
      } else {
        MonthFigures.of(report, movement, client.getCurrency(), client.getMinorDigits()).forEach((k, v) -> out.println(k + ": " + v));
      }
      return 0;
    }
  }
}
