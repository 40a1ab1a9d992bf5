package kyokan.step.analysis.compare;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.MonthReport;
import kyokan.core.engagement.Engagement;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.core.worksheet.Worksheet;
import kyokan.core.worksheet.WorksheetService;
import kyokan.step.analysis.dashboard.DashboardPage;

/** The self-assessment comparison: the owner's answers from memory beside the data's, question by question. */
public final class CompareController {
  private final StepTemplates templates;

  public CompareController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("compare", this::showComparison);
  }

  StepResponse showComparison(StepRequest req) {
    long clientId = req.view().client().getId();
    AnalyticsService analytics = req.services().get(AnalyticsService.class);
    long engagementId = Optional.ofNullable(req.view().engagement()).map(Engagement::getId).orElse(0L);
    Worksheet ws = req.services().get(WorksheetService.class).load(engagementId, "analysis");
    Optional<YearMonth> month = analytics.latestCompleteMonth(clientId);
    ComparisonPage page = month.map(m -> {
      MonthReport report = req.services().get(SegmentationService.class).report(clientId, m);
      FigureFormat format = FigureFormat.of(req.view().client());
      String thresholds = req.view().t("compare.thresholds",
          DashboardPage.thresholdArgs(req.view(), format, report.basis().thresholds()));
      return new ComparisonPage(req.view(), m.toString(), report.basis().asOf().toString(), Comparison.rows(ws, report),
          thresholds);
    }).orElseGet(() -> new ComparisonPage(req.view(), null, null, List.of(), ""));
    return StepResponse.page(req.view().t("compare.title"), templates.render("compare/compare.jte", page));
  }
}
