package kyokan.step.viptreatment.retention;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.viptreatment.common.AsOf;

/** VIP retention month by month, for the consultant and the shop to read together. */
public final class RetentionController {
  public static final int MONTHS = 12;
  private final StepTemplates templates;

  public RetentionController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("retention", this::showRetention);
  }

  StepResponse showRetention(StepRequest req) {
    Optional<LocalDate> asOf = AsOf.monthEnd(req);
    if (asOf.isEmpty()) return StepResponse.page(req.view().t("retention.title"), templates.render("nodata.jte", req.view()));
    RosterRetention retention = RosterRetention.of(req.services(), req.view().client().getId(), YearMonth.from(asOf.get()), MONTHS);
    return StepResponse.page(req.view().t("retention.title"), templates.render("retention/retention.jte",
        new RetentionPage(req.view(), FigureFormat.of(req.view().client()), retention)));
  }
}
