package kyokan.step.analysis.dashboard;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import kyokan.core.NotFoundException;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CustomerSnapshot;
import kyokan.core.analytics.CustomerTable;
import kyokan.core.analytics.CustomerTablePage;
import kyokan.core.analytics.MonthChoice;
import kyokan.core.analytics.MonthFigures;
import kyokan.core.analytics.MonthReport;
import kyokan.core.client.Client;
import kyokan.core.export.CsvEncoding;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;

/**
 * Step 2's analysis pages: the month's dashboard, the customers behind each figure, their CSV exports,
 * and the same figures as JSON at {@code /clients/{id}/analysis.json}.
 */
public final class DashboardController {
  private final StepTemplates templates;
  private final ChartCache charts = new ChartCache();

  public DashboardController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("dashboard", this::showDashboard);
    routes.get("customers/{list}", this::showCustomers);
    routes.get("customers/{list}/export", this::exportCustomers);
    routes.get("tables/{table}/export", this::exportTable);
    routes.clientGet("analysis.json", this::figuresJson);
  }

  StepResponse showDashboard(StepRequest req) {
    Client client = req.view().client();
    AnalyticsService analytics = req.services().get(AnalyticsService.class);
    FigureFormat format = FigureFormat.of(client);
    Optional<MonthChoice> choice = MonthChoice.of(analytics, client.getId(), req.query("month"));
    DashboardPage page = choice.map(c -> {
      MonthReport report = report(req, c.month());
      List<FigureRow> figures = FigureRows.of(req.view(), format, report, c.previous().map(m -> report(req, m)),
          c.yearBefore().map(m -> report(req, m)));
      return new DashboardPage(req.view(), format, c, report, figures, charts.get(report.basis(),
          req.view().messages().locale().getLanguage(), () -> DashboardCharts.of(req.view(), format, analytics, report)));
    }).orElseGet(() -> new DashboardPage(req.view(), format, null, null, List.of(), List.of()));
    return StepResponse.page(req.view().t("dash.title"), templates.render("dashboard/dashboard.jte", page));
  }

  StepResponse showCustomers(StepRequest req) {
    Client client = req.view().client();
    Listing listing = listing(req);
    Drilldown list = listing.list();
    MonthChoice choice = listing.choice();
    FigureFormat format = FigureFormat.of(client);
    Object[] thresholds = DashboardPage.thresholdArgs(req.view(), format, report(req, choice.month()).basis().thresholds());
    String title = list.cell() != null ? req.view().t(list.titleKey(), req.view().t("cell." + list.cell().name()))
        : req.view().t(list.titleKey());
    String link = "/clients/" + client.getId() + "/steps/analysis/customers/" + list.name() + "?month=" + choice.month();
    DrilldownPage view = new DrilldownPage(req.view(), format, choice.month().toString(),
        choice.month().atEndOfMonth().toString(), title, req.view().t(list.definitionKey(), thresholds),
        CustomerTablePage.of(listing.table(), link, listing.sort(), listing.descending(), req.query("page").orElse(null)));
    return StepResponse.page(title, templates.render("dashboard/customers.jte", view));
  }

  StepResponse exportCustomers(StepRequest req) {
    Client client = req.view().client();
    Listing listing = listing(req);
    AnalysisTables.Table csv = new AnalysisTables(req.view(), FigureFormat.of(client))
        .customers(listing.list().name(), listing.table(), client.getMinorDigits());
    return download(req, csv, listing.choice().month());
  }

  /** A drill-down list as its link asks for it: which list, which month, sorted how. */
  private record Listing(Drilldown list, MonthChoice choice, CustomerTable.Column sort, boolean descending,
      CustomerTable table) {}

  private static Listing listing(StepRequest req) {
    Drilldown list = Drilldown.named(req.pathParam("list").orElse("")).orElseThrow(DashboardController::notFound);
    MonthChoice choice = MonthChoice.of(req.services().get(AnalyticsService.class), req.view().client().getId(),
        req.query("month")).orElseThrow(DashboardController::notFound);
    CustomerTable.Column sort = CustomerTable.column(req.query("sort").orElse(""));
    boolean descending = CustomerTable.descending(req.query("desc").orElse(""), sort);
    return new Listing(list, choice, sort, descending, table(req, choice.month(), list).sortedBy(sort, descending));
  }

  StepResponse exportTable(StepRequest req) {
    Client client = req.view().client();
    AnalyticsService analytics = req.services().get(AnalyticsService.class);
    MonthChoice choice = MonthChoice.of(analytics, client.getId(), req.query("month")).orElseThrow(DashboardController::notFound);
    FigureFormat format = FigureFormat.of(client);
    MonthReport report = report(req, choice.month());
    List<FigureRow> figures = FigureRows.of(req.view(), format, report, choice.previous().map(m -> report(req, m)),
        choice.yearBefore().map(m -> report(req, m)));
    AnalysisTables.Table table = new AnalysisTables(req.view(), format)
        .named(req.pathParam("table").orElse(""), figures, report).orElseThrow(DashboardController::notFound);
    return download(req, table, choice.month());
  }

  /**
   * The month's figures as JSON; {@code asOf} names a date in the month (default: the last complete month).
   * An {@code asOf} that is not a date within the data answers 400, a client without sales 404.
   */
  StepResponse figuresJson(StepRequest req) {
    Client client = req.view().client();
    AnalyticsService analytics = req.services().get(AnalyticsService.class);
    Optional<MonthChoice> choice = MonthChoice.of(analytics, client.getId(), req.query("asOf"));
    if (choice.isEmpty()) return StepResponse.json(404, "{\"error\":\"no sales data\"}");
    if (choice.get().refused()) {
      return StepResponse.json(400, "{\"error\":\"asOf must be a date (YYYY-MM-DD) within the data: "
          + choice.get().months().get(choice.get().months().size() - 1) + " to " + choice.get().months().get(0) + "\"}");
    }
    YearMonth month = choice.get().month();
    return StepResponse.json(MonthFigures.json(report(req, month),
        req.services().get(SegmentationService.class).movement(client.getId(), month), client.getCurrency(), client.getMinorDigits()));
  }

  /** The month's report under the shop's thresholds in force at its end (step 3 keeps them; the defaults until then). */
  private static MonthReport report(StepRequest req, YearMonth month) {
    return req.services().get(SegmentationService.class).report(req.view().client().getId(), month);
  }

  private static CustomerTable table(StepRequest req, YearMonth month, Drilldown list) {
    MonthReport report = report(req, month);
    CustomerSnapshot s = req.services().get(AnalyticsService.class).snapshot(req.view().client().getId(), month.atEndOfMonth());
    return CustomerTable.of(s, report.cpm(), list.members(s, report));
  }

  private static StepResponse download(StepRequest req, AnalysisTables.Table table, YearMonth month) {
    return StepResponse.csv("analysis-" + table.name() + "-" + month, table.header(), table.rows(),
        CsvEncoding.fromUrlName(req.query("encoding").orElse("")));
  }

  private static NotFoundException notFound() {
    return new NotFoundException("analysis list or month");
  }
}
