package kyokan.step.datacapture.quality;

import kyokan.core.sales.DataQualityService;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;

/** The client's data-quality page: the step's "before and after". */
public final class QualityController {
  private final StepTemplates templates;

  public QualityController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("quality", this::showQuality);
  }

  StepResponse showQuality(StepRequest req) {
    var quality = req.services().get(DataQualityService.class).figures(req.view().client().getId());
    return StepResponse.page(req.view().t("quality.title"), templates.render("quality/quality.jte", new QualityPage(req.view(), quality)));
  }
}
