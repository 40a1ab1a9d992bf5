package kyokan.step.newcustomercare.sequence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kyokan.core.ValidationException;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.newcustomercare.common.Care;
import kyokan.step.newcustomercare.common.StepPaths;
import kyokan.step.newcustomercare.enrolment.Enrolment;

/** The sequence editor: shown with the current version (or the 3-3-3 default), saved as a new version. */
public final class SequenceController {
  private final StepTemplates templates;

  public SequenceController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("sequence", this::showSequence);
    routes.post("sequence", this::saveSequence);
  }

  StepResponse showSequence(StepRequest req) {
    Care care = Care.of(req.services());
    Optional<SequenceVersion> current = care.sequences().current(req.view().client().getId());
    SequenceForm form = SequenceForm.of(current.orElseGet(() -> care.sequences().defaults(req.view().messages())));
    return render(req, care, form, Map.of(), req.query("saved").isPresent());
  }

  StepResponse saveSequence(StepRequest req) {
    Care care = Care.of(req.services());
    SequenceForm form = SequenceForm.read(req::form);
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate start = form.start(errors);
    int holdout = form.holdoutPercent(errors);
    List<SequenceStep> steps = form.steps(errors);
    if (errors.isEmpty()) {
      try {
        care.sequences().save(req.view().client().getId(), start, holdout, steps, req.view().user().getId());
        return StepResponse.redirect(StepPaths.base(req.view()) + "sequence?saved=1");
      } catch (ValidationException e) {
        errors.putAll(e.problems());
      }
    }
    return render(req, care, form, form.byRow(errors), false);
  }

  private StepResponse render(StepRequest req, Care care, SequenceForm form, Map<String, String> errors, boolean justSaved) {
    long clientId = req.view().client().getId();
    Map<Long, Long> enrolled = care.enrolments().enrolments(clientId).stream()
        .collect(Collectors.groupingBy(Enrolment::versionId, Collectors.counting()));
    List<SequencePage.VersionLine> versions = new java.util.ArrayList<>(care.sequences().versions(clientId).stream()
        .map(v -> new SequencePage.VersionLine(v, enrolled.getOrDefault(v.id(), 0L))).toList());
    java.util.Collections.reverse(versions);
    SequencePage page = new SequencePage(req.view(), form, !versions.isEmpty(), versions, errors, justSaved, req.csrfToken());
    return StepResponse.page(req.view().t("sequence.title"), templates.render("sequence/sequence.jte", page));
  }
}
