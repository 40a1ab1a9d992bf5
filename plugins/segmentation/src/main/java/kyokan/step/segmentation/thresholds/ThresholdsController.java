package kyokan.step.segmentation.thresholds;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.MonthChoice;
import kyokan.core.client.Client;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.segmentation.InvalidThresholdsException;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.segmentation.ThresholdEntry;
import kyokan.core.segmentation.ThresholdHistory;
import kyokan.core.segmentation.ThresholdService;
import kyokan.core.segmentation.ThresholdSuggestion;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;

/**
 * The shop's thresholds: those in force and their history, the suggestion with its reasons, a preview
 * of the ten counts under other values (a GET: nothing is saved), and saving them (consultants only),
 * from a month on or for all of history.
 */
public final class ThresholdsController {
  private final StepTemplates templates;

  public ThresholdsController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("thresholds", this::showThresholds);
    routes.consultantPost("thresholds", this::saveThresholds);
  }

  StepResponse showThresholds(StepRequest req) {
    Optional<MonthChoice> choice = choice(req);
    if (req.query("preview").isEmpty()) {
      String notice = req.query("saved").isPresent() ? "thresholds.saved" : null;
      return render(req, choice, null, Map.of(), notice);
    }
    return render(req, choice, ThresholdForm.read(req::query), Map.of(), null);
  }

  StepResponse saveThresholds(StepRequest req) {
    Client client = req.view().client();
    Optional<MonthChoice> choice = choice(req);
    ThresholdForm form = ThresholdForm.read(req::form);
    Map<String, String> errors = new LinkedHashMap<>();
    CpmThresholds proposed = form.thresholds(client.getMinorDigits(), errors);
    YearMonth from = form.recompute() ? null : form.effectiveMonth(errors);
    if (form.recompute() && !form.confirm()) errors.put("confirm", "error.confirmRecompute");
    if (!errors.isEmpty()) return render(req, choice, form, errors, null);
    SegmentationService segmentation = req.services().get(SegmentationService.class);
    long userId = req.view().user().getId();
    try {
      if (form.recompute()) segmentation.recomputeHistory(client.getId(), proposed, userId);
      else segmentation.saveThresholds(client.getId(), from.atDay(1), proposed, userId);
    } catch (InvalidThresholdsException e) {
      return render(req, choice, form, e.problems(), null);
    }
    String month = choice.map(c -> "month=" + c.month() + "&").orElse("");
    return StepResponse.redirect("/clients/" + client.getId() + "/steps/segmentation/thresholds?" + month + "saved=1");
  }

  /** The page; {@code form} null shows the thresholds in force, else the form's values (previewed when valid and asked for). */
  private StepResponse render(StepRequest req, Optional<MonthChoice> choice, ThresholdForm form, Map<String, String> errors,
      String notice) {
    Client client = req.view().client();
    SegmentationService segmentation = req.services().get(SegmentationService.class);
    ThresholdHistory history = req.services().get(ThresholdService.class).history(client.getId());
    FigureFormat format = FigureFormat.of(client);
    LocalDate asOf = choice.map(MonthChoice::asOf).orElse(LocalDate.now());
    YearMonth defaultFrom = YearMonth.from(asOf);
    CpmThresholds current = history.inForce(asOf);
    ThresholdEntry inForce = history.entryInForce(asOf).orElse(null);
    List<ThresholdEntry> saves = new ArrayList<>(history.entries());
    Collections.reverse(saves);
    List<SuggestionText.Reason> reasons = List.of();
    ThresholdForm suggested = null;
    List<PreviewRow> preview = null;
    Map<String, String> problems = new LinkedHashMap<>(errors);
    ThresholdForm shown = form != null ? form : ThresholdForm.of(current, format, defaultFrom);
    if (choice.isPresent()) {
      ThresholdSuggestion suggestion = segmentation.suggestion(client.getId(), asOf);
      reasons = new SuggestionText(req.view(), format).reasons(suggestion);
      suggested = ThresholdForm.of(suggestion.thresholds(), format, defaultFrom);
      if (form != null) {
        CpmThresholds proposed = form.thresholds(client.getMinorDigits(), problems);
        if (proposed != null) {
          preview = PreviewRow.of(segmentation.cells(client.getId(), asOf), segmentation.preview(client.getId(), asOf, proposed));
        }
      }
    }
    ThresholdsPage page = new ThresholdsPage(req.view(), format, req.csrfToken(), choice.orElse(null), current, inForce,
        saves, reasons, suggested, shown, problems, preview, effectiveMonths(choice, defaultFrom), notice,
        history.defaults().amountFromData());
    return StepResponse.page(req.view().t("thresholds.title"), templates.render("thresholds/thresholds.jte", page));
  }

  private static List<YearMonth> effectiveMonths(Optional<MonthChoice> choice, YearMonth fallback) {
    List<YearMonth> months = new ArrayList<>();
    YearMonth newest = choice.map(c -> c.months().get(0)).orElse(fallback).plusMonths(3);
    YearMonth oldest = choice.map(MonthChoice::firstMonth).orElse(fallback);
    for (YearMonth m = newest; !m.isBefore(oldest); m = m.minusMonths(1)) months.add(m);
    return months;
  }

  private static Optional<MonthChoice> choice(StepRequest req) {
    return MonthChoice.of(req.services().get(AnalyticsService.class), req.view().client().getId(), req.query("month"));
  }
}
