package kyokan.step.segmentation.common;

import java.util.Optional;
import kyokan.core.analytics.CpmCell;

/** A cell's name in links ({@code loyal-lapsed}) and back. */
public final class CellNames {
  private CellNames() {}

  public static String of(CpmCell cell) {
    return cell.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public static Optional<CpmCell> parse(String name) {
    for (CpmCell cell : CpmCell.values()) if (of(cell).equals(name)) return Optional.of(cell);
    return Optional.empty();
  }
}
