package kyokan.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.MonthReport;
import kyokan.core.analytics.Ratio;
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
      Map<String, Object> figures = figures(report);
      if (args.flag("--json")) {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures));
      } else {
        figures.forEach((k, v) -> out.println(k + ": " + v));
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

  static Map<String, Object> figures(MonthReport r) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("clientId", r.basis().clientId());
    f.put("month", r.month().toString());
    f.put("asOf", r.basis().asOf().toString());
    f.put("dataVersion", r.basis().dataVersion());
    CpmThresholds t = r.basis().thresholds();
    Map<String, Object> thresholds = new LinkedHashMap<>();
    thresholds.put("lapseDays", t.lapseDays());
    thresholds.put("tenureShortDays", t.tenureShortDays());
    thresholds.put("tenureLongDays", t.tenureLongDays());
    thresholds.put("amountLimit", t.amountLimit());
    thresholds.put("axis", t.axis().name());
    f.put("thresholds", thresholds);
    f.put("q1RepeatShare", value(r.revenue().repeatShare()));
    f.put("q2NewShare", value(r.revenue().newShare()));
    Map<String, Integer> lapsing = new LinkedHashMap<>();
    lapsing.put("days60to89", r.lapsing().days60to89().size());
    lapsing.put("days90to179", r.lapsing().days90to179().size());
    lapsing.put("days180OrMore", r.lapsing().days180OrMore().size());
    f.put("q3Lapsing", lapsing);
    f.put("q4ActiveShare", value(r.active().shareOfYearsCustomers()));
    f.put("q4ActiveShareOfAllCustomers", value(r.active().shareOfAllCustomers()));
    f.put("q5F2Rate90", value(r.f2().within90().rate()));
    f.put("q5F2Rate180", value(r.f2().within180().rate()));
    f.put("q5F2Rate365", value(r.f2().within365().rate()));
    f.put("q6ActiveLoyalCustomers", r.top().activeLoyalCount());
    f.put("q6ParetoTop20Share", value(r.top().pareto().topShare()));
    f.put("q6CustomersFor80Percent", value(r.top().pareto().customersFor80Percent()));
    f.put("q7MedianGapDays", value(r.loyalHabits().medianGapDays()));
    f.put("q7PurchasesPerCustomerInYear", value(r.loyalHabits().purchasesPerCustomerInWindow()));
    f.put("q8TopProducts", r.loyalProducts().products().stream().limit(5).map(p -> Map.of(
        "code", String.valueOf(p.product().code()), "name", String.valueOf(p.product().name()),
        "loyalShare", value(p.loyalShare()), "lift", p.lift())).toList());
    f.put("captureRate", value(r.captureRate()));
    Map<String, Integer> cells = new LinkedHashMap<>();
    for (CpmCell cell : CpmCell.values()) cells.put(cell.name(), r.cpm().count(cell));
    f.put("cpmCells", cells);
    return f;
  }

  private static Object value(Ratio ratio) {
    return value(ratio.value());
  }

  private static Object value(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  private static Object value(OptionalInt i) {
    return i.isPresent() ? i.getAsInt() : null;
  }
}
