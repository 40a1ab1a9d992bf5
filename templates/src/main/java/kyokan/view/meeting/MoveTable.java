package kyokan.view.meeting;

import java.util.List;

/**
 * The CPM movement as a from-cell × to-cell table: one row per cell at the previous month's end and a
 * "new this month" row; the footer holds each cell's count at this month's end.
 */
public record MoveTable(List<String> columns, List<Row> rows, List<String> totals) {
  /** @param cells one per column, already formatted; {@code kinds} a CSS class per cell ("" for none) */
  public record Row(String label, List<String> cells, List<String> kinds, String total) {}
}
