package kyokan.step.segmentation.report;

import java.util.ArrayList;
import java.util.List;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.Movement;
import kyokan.core.i18n.Messages;
import kyokan.core.report.ReportBlock;

/**
 * The from-cell × to-cell table of the month: rows are the cells at the previous month's end (and the new
 * customers), columns the cells at this month's end (and those no longer customers). Empty moves stay blank.
 */
final class MovementTable {
  private MovementTable() {}

  static ReportBlock of(Messages m, Movement movement) {
    List<CpmCell> cells = List.of(CpmCell.values());
    List<String> header = new ArrayList<>(List.of(m.get("report.fromTo")));
    cells.forEach(c -> header.add(SegmentationReport.name(m, c)));
    header.add(m.get("report.gone"));
    header.add(m.get("report.total"));
    List<List<String>> rows = new ArrayList<>();
    List<CpmCell> from = new ArrayList<>(cells);
    from.add(null);
    for (CpmCell a : from) {
      List<String> row = new ArrayList<>(List.of(a == null ? m.get("report.new") : SegmentationReport.name(m, a)));
      for (CpmCell b : cells) row.add(entry(movement.count(a, b)));
      row.add(a == null ? "" : entry(movement.count(a, null)));
      row.add(SegmentationReport.count(movement.rowTotal(a)));
      rows.add(row);
    }
    List<String> totals = new ArrayList<>(List.of(m.get("report.total")));
    for (CpmCell b : cells) totals.add(SegmentationReport.count(movement.columnTotal(b)));
    totals.add(SegmentationReport.count(movement.columnTotal(null)));
    totals.add("");
    rows.add(totals);
    List<ReportBlock.Align> aligns = new ArrayList<>(List.of(ReportBlock.Align.LEFT));
    for (int i = 1; i < header.size(); i++) aligns.add(ReportBlock.Align.RIGHT);
    return new ReportBlock.Table(header, rows, aligns, true);
  }

  private static String entry(int n) {
    return n == 0 ? "" : SegmentationReport.count(n);
  }
}
