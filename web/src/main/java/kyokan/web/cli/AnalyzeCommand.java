package kyokan.web.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CellHistory;
import kyokan.core.analytics.MonthFigures;
import kyokan.core.analytics.MonthReport;
import kyokan.core.analytics.Movement;
import kyokan.core.db.Database;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.step.CoreServices;
import kyokan.web.CoreRegistry;

/**
 * {@code ./kyokan analyze --client ID [--as-of YYYY-MM-DD] [--json] [--data DIR]}: the ten questions' figures,
 * the capture rate, the Pareto share, the customers in each CPM cell under the client's thresholds in force
 * at the month end, and the from × to movement from the previous month end, for the month of the as-of
 * date (default: the last complete month in the data), from the same engines as the pages.
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
      CoreServices core = CoreRegistry.create(db, dataDir, Clock.systemDefaultZone());
      AnalyticsService analytics = core.get(AnalyticsService.class);
      SegmentationService segmentation = core.get(SegmentationService.class);
      YearMonth month = args.option("--as-of").map(AnalyzeCommand::month)
          .or(() -> analytics.latestCompleteMonth(clientId))
          .orElseThrow(() -> new CommandException("売上データがありません / no sales data for client " + clientId));
      MonthReport report = segmentation.report(clientId, month);
      CellHistory history = segmentation.cellHistory(clientId, month);
      Movement movement = history.covers(month) ? history.movement(month) : null;
      if (args.flag("--json")) {
        out.println(MonthFigures.json(report, movement));
      } else {
        MonthFigures.of(report, movement).forEach((k, v) -> out.println(k + ": " + v));
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
