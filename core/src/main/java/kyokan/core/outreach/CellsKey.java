package kyokan.core.outreach;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import kyokan.core.analytics.CpmCell;

/** A set of cells written as one comma-separated text in enum order, so equal sets have equal keys. */
final class CellsKey {
  private CellsKey() {}

  static String of(Set<CpmCell> cells) {
    return EnumSet.copyOf(cells).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  static Set<CpmCell> parse(String key) {
    EnumSet<CpmCell> cells = EnumSet.noneOf(CpmCell.class);
    for (String part : key.split(",")) if (!part.isBlank()) cells.add(CpmCell.valueOf(part.trim()));
    return cells;
  }
}
