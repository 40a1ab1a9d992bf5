package kyokan.step.segmentation.cells;

import java.util.List;
import java.util.Optional;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmCells;
import kyokan.core.analytics.MonthChoice;
import kyokan.core.client.Client;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.step.StepRequest;
import kyokan.core.step.StepResponse;
import kyokan.core.step.StepRoutes;
import kyokan.core.step.StepTemplates;
import kyokan.step.segmentation.common.CellChart;

/** The ten cells at a chosen month end under the thresholds in force then, and their counts over time. */
public final class CellsController {
  private final StepTemplates templates;

  public CellsController(StepTemplates templates) {
    this.templates = templates;
  }

  public void register(StepRoutes routes) {
    routes.get("cells", this::showCells);
  }

  StepResponse showCells(StepRequest req) {
    Client client = req.view().client();
    AnalyticsService analytics = req.services().get(AnalyticsService.class);
    SegmentationService segmentation = req.services().get(SegmentationService.class);
    FigureFormat format = FigureFormat.of(client);
    boolean all = req.query("span").filter("all"::equals).isPresent();
    Optional<MonthChoice> choice = MonthChoice.of(analytics, client.getId(), req.query("month"));
    CellsPage page = choice.map(c -> {
      CpmCells cells = segmentation.cells(client.getId(), c.asOf());
      List<CellRow> rows = CellRow.of(cells, analytics.snapshot(client.getId(), c.asOf()));
      String chart = CellChart.svg(req.view(), segmentation.cellHistory(client.getId(), c.month()), all);
      return new CellsPage(req.view(), format, c, cells.basis().thresholds(), rows, cells.total(), chart, all);
    }).orElseGet(() -> new CellsPage(req.view(), format, null, null, List.of(), 0, "", all));
    return StepResponse.page(req.view().t("cells.title"), templates.render("cells/cells.jte", page));
  }
}
