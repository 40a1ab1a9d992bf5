package kyokan.step.segmentation.thresholds;

import java.util.ArrayList;
import java.util.List;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmCells;

/** One cell's count under the thresholds in force and under the ones being tried. */
public record PreviewRow(CpmCell cell, int current, int proposed) {

  public int change() {
    return proposed - current;
  }

  public static List<PreviewRow> of(CpmCells current, CpmCells proposed) {
    List<PreviewRow> rows = new ArrayList<>();
    for (CpmCell cell : CpmCell.values()) rows.add(new PreviewRow(cell, current.count(cell), proposed.count(cell)));
    return rows;
  }
}
