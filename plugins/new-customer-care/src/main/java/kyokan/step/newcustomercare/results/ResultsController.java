package kyokan.step.newcustomercare.results;

import java.time.LocalDate;
import java.util.Optional;
import kyokan.core.chart.SvgChart;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.newcustomercare.common.Care;

/** The results page and results.json. */
public final class ResultsController {
  private final StepTemplates templates;

  public ResultsController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("results", this::showResults);
    routes.get("results.json", this::resultsJson);
  }

  StepResponse showResults(StepRequest req) {
    Optional<CareResult> result = result(req);
    if (result.isEmpty()) {
      return StepResponse.page(req.view().t("results.title"), templates.render("results/none.jte", req.view()));
    }
    CareResult r = result.get();
    FigureFormat f = FigureFormat.of(req.view().client());
    ResultsPage page = new ResultsPage(req.view(), r, WindowView.of(req.view(), f, r.within90()),
        WindowView.of(req.view(), f, r.within180()), r.steps(), SvgChart.render(BeforeAfterChart.of(req.view(), r.months())));
    return StepResponse.page(req.view().t("results.title"), templates.render("results/results.jte", page));
  }

  StepResponse resultsJson(StepRequest req) {
    Optional<CareResult> result = result(req);
    return StepResponse.json(ResultsJson.write(req.view().client(), result.orElse(null)));
  }

  private static Optional<CareResult> result(StepRequest req) {
    Care care = Care.of(req.services());
    long clientId = req.view().client().getId();
    LocalDate today = care.enrolAndToday(clientId);
    return care.results().of(clientId, today);
  }
}
