package kyokan.step.datacapture.entry;

import java.util.ArrayList;
import java.util.List;
import kyokan.core.ValidationException;
import kyokan.core.sales.CustomerMergeService;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;

/** Customers who are probably one person, and merging two of them: the merged one's sales move to the kept one. */
final class DuplicateController {
  private final StepTemplates templates;

  DuplicateController(StepTemplates templates) {
    this.templates = templates;
  }

  void register(StepRoutes routes) {
    routes.get("duplicates", this::showDuplicates);
    routes.post("duplicates/merge", this::merge);
  }

  StepResponse showDuplicates(StepRequest req) {
    Integer moved;
    try {
      moved = req.query("moved").map(Integer::valueOf).orElse(null);
    } catch (NumberFormatException e) {
      moved = null;
    }
    return page(req, List.of(), moved);
  }

  StepResponse merge(StepRequest req) {
    Long kept = id(req, "keptId");
    Long merged = id(req, "mergedId");
    if (kept == null || merged == null) return page(req, List.of("error.sales.merge.choose"), null);
    try {
      int moved = req.services().get(CustomerMergeService.class).merge(EntryRequests.clientId(req), kept, merged, req.view().user());
      return StepResponse.redirect(EntryRequests.base(req) + "duplicates?moved=" + moved);
    } catch (ValidationException e) {
      return page(req, new ArrayList<>(e.problems().values()), null);
    }
  }

  private StepResponse page(StepRequest req, List<String> errors, Integer moved) {
    var groups = req.services().get(CustomerMergeService.class).duplicates(EntryRequests.clientId(req));
    return StepResponse.page(req.view().t("duplicates.title"), templates.render("entry/duplicates.jte",
        new DuplicatesPage(req.view(), req.csrfToken(), groups, errors, moved)));
  }

  private static Long id(StepRequest req, String field) {
    try {
      return Long.valueOf(EntryRequests.text(req, field));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
