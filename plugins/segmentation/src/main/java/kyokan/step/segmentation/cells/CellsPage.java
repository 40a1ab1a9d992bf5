package kyokan.step.segmentation.cells;

import java.util.List;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.MonthChoice;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.step.StepView;
import kyokan.step.segmentation.common.CellNames;
import kyokan.step.segmentation.common.Definitions;

/**
 * The ten cells at one month end; {@code choice} is null when there are no sales yet.
 *
 * @param chart the counts per cell over time as inline SVG
 * @param allMonths whether the chart shows every month rather than the last 24
 */
public record CellsPage(StepView view, FigureFormat format, MonthChoice choice, CpmThresholds thresholds, List<CellRow> rows,
    int total, String chart, boolean allMonths) {

  public String base() {
    return "/clients/" + view.client().getId() + "/steps/segmentation/";
  }

  public String month() {
    return choice.month().toString();
  }

  public String membersLink(CpmCell cell) {
    return base() + "members/cell-" + CellNames.of(cell) + "?month=" + month();
  }

  public String definition(CpmCell cell) {
    return new Definitions(view, format).cell(cell, thresholds);
  }

  public String thresholdSummary() {
    return new Definitions(view, format).summary(thresholds);
  }

  public String chartLink(boolean all) {
    return base() + "cells?month=" + month() + (all ? "&span=all" : "");
  }
}
