package kyokan.step.segmentfollowup.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.analytics.CpmCell;
import kyokan.core.db.Database;
import kyokan.core.outreach.Channel;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.segmentfollowup.common.StepPaths;

/** The follow-up plan per cell: shown with the program's defaults where nothing is saved, saved whole. */
public final class PlanController {
  private final StepTemplates templates;

  public PlanController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("plan", this::showPlan);
    routes.post("plan", this::savePlan);
  }

  StepResponse showPlan(StepRequest req) {
    List<PlanEntry> entries = plan(req).of(req.view().client().getId(), req.view().messages());
    return render(req, entries, Map.of(), req.query("saved").isPresent());
  }

  StepResponse savePlan(StepRequest req) {
    List<PlanEntry> entries = new ArrayList<>();
    for (CpmCell cell : CpmCell.values()) {
      String n = cell.name();
      entries.add(new PlanEntry(cell, req.form("message." + n).orElse("").strip(),
          Channel.parse(req.form("channel." + n).orElse("")).orElse(Channel.POSTCARD),
          req.form("timing." + n).orElse("").strip(), true));
    }
    try {
      plan(req).save(req.view().client().getId(), entries, req.view().user().getId());
    } catch (ValidationException e) {
      return render(req, entries, e.problems(), false);
    }
    return StepResponse.redirect(StepPaths.base(req.view()) + "plan?saved=1");
  }

  private StepResponse render(StepRequest req, List<PlanEntry> entries, Map<String, String> errors, boolean saved) {
    PlanPage page = new PlanPage(req.view(), entries, errors, saved, req.csrfToken());
    return StepResponse.page(req.view().t("plan.title"), templates.render("plan/plan.jte", page));
  }

  static FollowUpPlan plan(StepRequest req) {
    return new FollowUpPlan(req.services().get(Database.class), req.services().get(Clock.class));
  }
}
