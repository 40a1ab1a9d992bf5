package kyokan.web.report;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.YearMonth;
import java.util.Optional;
import kyokan.core.NotFoundException;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;
import kyokan.core.report.ProgressReport;
import kyokan.web.Services;
import kyokan.web.http.RequestState;

/** The monthly progress report of an engagement as a PDF: {@code …/engagements/{id}/report.pdf?month=YYYY-MM}. */
public final class ReportController {
  private final Services services;

  public ReportController(Services services) {
    this.services = services;
  }

  public void downloadReport(Context ctx) {
    Client client = RequestState.client(ctx);
    Engagement engagement = services.engagements().get(Long.parseLong(ctx.pathParam("engagementId")));
    if (engagement.getClientId() != client.getId()) throw new NotFoundException("engagement");
    ProgressReport report = ProgressReports.of(services.steps(), services.core(), services.engagements(),
        services.accounts(), services.clock());
    String asked = ctx.queryParam("month");
    Optional<YearMonth> month = ProgressReports.month(asked);
    if (asked != null && !asked.isBlank() && month.isEmpty()) {
      ctx.status(HttpStatus.BAD_REQUEST).contentType("text/plain; charset=UTF-8")
          .result("month は 2025-04 の形で指定してください / month must look like 2025-04");
      return;
    }
    YearMonth m = month.orElseGet(() -> report.defaultMonth(client.getId()));
    byte[] pdf = report.pdf(client, engagement, m, RequestState.locale(ctx));
    ctx.contentType("application/pdf");
    ctx.header("Content-Disposition", "inline; filename=\"" + ProgressReports.fileName(client.getId(), m) + "\"");
    ctx.result(pdf);
  }
}
