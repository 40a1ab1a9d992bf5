package kyokan.web.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.MonthFigures;
import kyokan.core.analytics.MonthReport;
import kyokan.core.db.Database;
import kyokan.core.sales.LedgerVersion;

/**
 * {@code ./kyokan analyze --client ID [--as-of YYYY-MM-DD] [--json] [--data DIR]}: the ten questions' figures,
 * the capture rate, the Pareto share and the customers in each CPM cell for the month of the as-of date
 * (default: the last complete month in the data), from the same engine as the pages.
 */
public final class AnalyzeCommand {
  private final PrintStream out;

  public AnalyzeCommand(PrintStream out) {
    this.out = out;
  }

  /** @return the process exit code */
  public int run(CommandLine args, Path dataDir) throws Exception {
    long clientId = Long.parseLong(args.required("--client"));
    try (Database db = Database.open(dataDir)) {
      AnalyticsService analytics = new AnalyticsService(db, new LedgerVersion(db));
      YearMonth month = args.option("--as-of").map(AnalyzeCommand::month)
          .or(() -> analytics.latestCompleteMonth(clientId))
          .orElseThrow(() -> new CommandException("売上データがありません / no sales data for client " + clientId));
      // The workbench's defaults until the segmentation step keeps each client's own thresholds.
      MonthReport report = analytics.report(clientId, month, CpmThresholds.DEFAULTS);
      if (args.flag("--json")) {
        out.println(MonthFigures.json(report));
      } else {
        MonthFigures.of(report).forEach((k, v) -> out.println(k + ": " + v));
      }
      return 0;
    }
  }

  private static YearMonth month(String date) {
    try {
      return YearMonth.from(LocalDate.parse(date));
    } catch (DateTimeParseException e) {
      throw new CommandException("--as-of は 2025-05-31 の形で / --as-of must look like 2025-05-31");
    }
  }
}
