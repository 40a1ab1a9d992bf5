package kyokan.step.community.figures;

import java.time.Clock;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.db.Database;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.community.club.ClubService;
import kyokan.step.community.common.CellsNow;

/** "Does the community work?": members against non-members of the same cell when they joined. */
public final class FiguresController {
  private final StepTemplates templates;

  public FiguresController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("figures", this::showFigures);
  }

  StepResponse showFigures(StepRequest req) {
    long clientId = req.view().client().getId();
    var members = new ClubService(req.services().get(Database.class), req.services().get(Clock.class)).members(clientId);
    MemberComparison comparison = MemberComparison.of(req.services().get(AnalyticsService.class).ledger(clientId), members,
        asOf -> CellsNow.at(req.services(), clientId, asOf));
    FiguresPage page = new FiguresPage(req.view(), comparison);
    return StepResponse.page(req.view().t("figures.title"), templates.render("figures/figures.jte", page));
  }
}
