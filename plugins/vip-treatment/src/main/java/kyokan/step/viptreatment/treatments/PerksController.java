package kyokan.step.viptreatment.treatments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.i18n.Messages;
import kyokan.core.outreach.Channel;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.viptreatment.common.StepPaths;
import kyokan.step.viptreatment.common.VipServices;

/** The shop's perk list: edited as a whole, a new perk added from the blank row. */
public final class PerksController {
  private final StepTemplates templates;
  private final Messages japanese;

  public PerksController(StepTemplates templates, Messages japanese) {
    this.templates = templates;
    this.japanese = japanese;
  }

  public void register(StepRoutes routes) {
    routes.get("perks", this::showPerks);
    routes.post("perks", this::savePerks);
  }

  StepResponse showPerks(StepRequest req) {
    return render(req, Map.of(), req.query("saved").isPresent());
  }

  StepResponse savePerks(StepRequest req) {
    long clientId = req.view().client().getId();
    PerkList perks = VipServices.perks(req.services());
    List<PerkEdit> edits = new ArrayList<>();
    for (Perk p : perks.of(clientId, japanese)) edits.add(edit(req, p.getId().toString(), p.getId()));
    edits.add(edit(req, "new", null));
    try {
      perks.save(clientId, edits, req.view().client().getMinorDigits());
    } catch (ValidationException e) {
      return render(req, e.problems(), false);
    }
    return StepResponse.redirect(StepPaths.base(req.view()) + "perks?saved=1");
  }

  private static PerkEdit edit(StepRequest req, String field, Long id) {
    return new PerkEdit(id, req.form("name." + field).orElse("").strip(),
        Channel.parse(req.form("channel." + field).orElse("")).orElse(null), req.form("cost." + field).orElse("0"),
        req.form("retired." + field).isPresent());
  }

  private StepResponse render(StepRequest req, Map<String, String> errors, boolean saved) {
    List<Perk> perks = VipServices.perks(req.services()).of(req.view().client().getId(), japanese);
    PerksPage page = new PerksPage(req.view(), FigureFormat.of(req.view().client()), perks, errors, saved, req.csrfToken());
    return StepResponse.page(req.view().t("perks.title"), templates.render("treatments/perks.jte", page));
  }
}
