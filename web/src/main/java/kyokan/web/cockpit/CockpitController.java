package kyokan.web.cockpit;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kyokan.core.NotFoundException;
import kyokan.core.account.User;
import kyokan.core.cockpit.ClientSummaryService;
import kyokan.core.cockpit.CockpitRow;
import kyokan.core.i18n.Messages;
import kyokan.core.jobs.Job;
import kyokan.core.jobs.JobRunner;
import kyokan.view.cockpit.CockpitLine;
import kyokan.view.cockpit.CockpitPage;
import kyokan.view.cockpit.CockpitPage.Option;
import kyokan.web.Services;
import kyokan.web.http.Pages;
import kyokan.web.http.RequestState;
import kyokan.web.report.MonthReports;
import kyokan.web.report.ProgressReports;

/** The consultant's cockpit (their home page) and "print the month": every client's report in one zip. */
public final class CockpitController {
  private final Services services;
  private final Pages pages;

  public CockpitController(Services services, Pages pages) {
    this.services = services;
    this.pages = pages;
  }

  public void showCockpit(Context ctx) {
    User user = RequestState.user(ctx);
    Messages m = Pages.messages(ctx);
    Locale locale = RequestState.locale(ctx);
    List<CockpitRow> all = services.core().get(ClientSummaryService.class).cockpit(user.getId());
    String sort = CockpitTable.column(ctx.queryParam("sort"));
    // Most attention and most revenue first by default; names, months and dates in their natural order.
    String dir = Optional.ofNullable(ctx.queryParam("dir")).filter(d -> d.equals("asc") || d.equals("desc"))
        .orElse(sort.equals("attention") || sort.equals("revenue") ? "desc" : "asc");
    String month = Optional.ofNullable(ctx.queryParam("month")).orElse("");
    String alert = Optional.ofNullable(ctx.queryParam("alert")).orElse("");
    CockpitLines lines = new CockpitLines(m, locale, services.steps());
    List<CockpitLine> shown = CockpitTable.apply(all, sort, dir.equals("desc"), month, alert).stream().map(lines::line).toList();
    pages.render(ctx, "cockpit/cockpit.jte", Map.of("page", new CockpitPage(shown, all.size(), sort, dir, month, alert,
        alertKinds(all, m, locale), YearMonth.now(services.clock()).minusMonths(1).toString())));
  }

  /** The alert filters: any, late data, overdue items, then each step alert present, named by its step. */
  private List<Option> alertKinds(List<CockpitRow> rows, Messages m, Locale locale) {
    Map<String, Option> kinds = new LinkedHashMap<>();
    kinds.put("any", new Option("any", m.get("cockpit.filter.anyAlert")));
    kinds.put("data-late", new Option("data-late", m.get("cockpit.alert.dataLate")));
    kinds.put("overdue", new Option("overdue", m.get("cockpit.filter.overdue")));
    rows.forEach(r -> r.alerts().forEach(a -> kinds.computeIfAbsent(CockpitTable.kindOf(a), k -> new Option(k,
        services.steps().find(a.getStepId()).map(s -> s.number() + ". " + s.title(locale)).orElse(a.getStepId())
            + " – " + a.getKind()))));
    return new ArrayList<>(kinds.values());
  }

  /** Starts printing every client's report of the month in the background; answers with the job's page. */
  public void startPrintAll(Context ctx) {
    User user = RequestState.user(ctx);
    Optional<YearMonth> month = ProgressReports.month(ctx.formParam("month"));
    if (month.isEmpty()) {
      ctx.status(HttpStatus.BAD_REQUEST).contentType("text/plain; charset=UTF-8")
          .result("month は 2025-04 の形で指定してください / month must look like 2025-04");
      return;
    }
    Locale locale = RequestState.locale(ctx);
    List<MonthReports.Entry> entries = MonthReports.entries(services.clients().clientsOf(user), services.engagements());
    MonthReports reports = new MonthReports(ProgressReports.of(services.steps(), services.core(), services.engagements(),
        services.accounts(), services.clock()));
    String id = jobs().submit(jobKey(user), MonthReports.zipName(month.get()),
        progress -> reports.zip(entries, month.get(), locale, progress));
    ctx.redirect("/cockpit/reports/" + id);
  }

  public void showPrintJob(Context ctx) {
    pages.render(ctx, "cockpit/printJob.jte", Map.of("job", job(ctx)));
  }

  public void downloadPrintZip(Context ctx) {
    Job job = job(ctx);
    byte[] zip = job.state() != Job.State.DONE ? null : jobs().result(job).orElse(null);
    if (zip == null) throw new NotFoundException("reports");
    ctx.contentType("application/zip");
    ctx.header("Content-Disposition", "attachment; filename=\"" + job.title() + "\"");
    ctx.result(zip);
  }

  private Job job(Context ctx) {
    return jobs().find(jobKey(RequestState.user(ctx)), ctx.pathParam("jobId"))
        .orElseThrow(() -> new NotFoundException("job"));
  }

  /** A consultant's jobs are kept under the negative of their id, apart from the clients' jobs. */
  private static long jobKey(User user) {
    return -user.getId();
  }

  private JobRunner jobs() {
    return services.core().get(JobRunner.class);
  }
}
