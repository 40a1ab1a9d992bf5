package kyokan.step.segmentation.movement;

import java.util.Optional;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CellHistory;
import kyokan.core.analytics.MonthChoice;
import kyokan.core.analytics.Movement;
import kyokan.core.client.Client;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.segmentation.common.CellChart;

/** The month's movement: the from × to table, the named moves and their sentence, and the counts over time. */
public final class MovementController {
  private final StepTemplates templates;

  public MovementController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("movement", this::showMovement);
  }

  StepResponse showMovement(StepRequest req) {
    Client client = req.view().client();
    AnalyticsService analytics = req.services().get(AnalyticsService.class);
    SegmentationService segmentation = req.services().get(SegmentationService.class);
    FigureFormat format = FigureFormat.of(client);
    boolean all = req.query("span").filter("all"::equals).isPresent();
    Optional<MonthChoice> choice = MonthChoice.of(analytics, client.getId(), req.query("month"));
    MovementPage page = choice.map(c -> {
      CellHistory history = segmentation.cellHistory(client.getId(), c.month());
      Movement movement = history.movement(c.month());
      boolean latest = analytics.latestCompleteMonth(client.getId()).filter(c.month()::equals).isPresent();
      String sentence = MoveSentence.of(req.view(), c.month(), latest, movement.namedMoves());
      return new MovementPage(req.view(), format, c, movement, sentence, CellChart.svg(req.view(), history, all), all);
    }).orElseGet(() -> new MovementPage(req.view(), format, null, null, "", "", all));
    return StepResponse.page(req.view().t("movement.title"), templates.render("movement/movement.jte", page));
  }
}
