package kyokan.step.viptreatment.treatments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.viptreatment.atrisk.VipWatch;
import kyokan.step.viptreatment.common.AsOf;
import kyokan.step.viptreatment.common.VipServices;

/** The treatment log page: who has gone untreated, and what was given to whom. */
public final class TreatmentsController {
  private final StepTemplates templates;

  public TreatmentsController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("treatments", this::showTreatments);
  }

  StepResponse showTreatments(StepRequest req) {
    long clientId = req.view().client().getId();
    Optional<LocalDate> asOf = AsOf.monthEnd(req);
    if (asOf.isEmpty()) return StepResponse.page(req.view().t("treatments.title"), templates.render("nodata.jte", req.view()));
    LocalDate today = LocalDate.now(req.services().get(Clock.class));
    VipWatch watch = VipWatch.of(req.services(), clientId, asOf.get());
    int days = watch.roster().rule().untreatedDays();
    TreatmentsPage page = new TreatmentsPage(req.view(), FigureFormat.of(req.view().client()), asOf.get(), today, days,
        watch.untreated(today, days), VipServices.treatments(req.services()).between(clientId, today.minusYears(1), today));
    return StepResponse.page(req.view().t("treatments.title"), templates.render("treatments/treatments.jte", page));
  }
}
