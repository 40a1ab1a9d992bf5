package kyokan.step.segmentation.report;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import kyokan.core.analytics.MoveKind;
import kyokan.core.analytics.Movement;
import kyokan.core.analytics.NamedMove;
import kyokan.core.i18n.Messages;

/** The month's named moves read out in one sentence: how many were promoted, lapsed and came back, and the biggest moves. */
final class MoveSentence {
  private static final int BIGGEST = 5;

  private MoveSentence() {}

  static String of(Messages m, Movement movement) {
    int newCustomers = movement.rowTotal(null);
    String totals = m.format("report.moves.totals", SegmentationReport.count(movement.count(MoveKind.PROMOTION)),
        SegmentationReport.count(movement.count(MoveKind.LAPSE)), SegmentationReport.count(movement.count(MoveKind.RETURN)),
        SegmentationReport.count(newCustomers));
    List<NamedMove> biggest = movement.namedMoves().stream()
        .sorted(Comparator.comparingInt(NamedMove::count).reversed()).limit(BIGGEST).toList();
    if (biggest.isEmpty()) return totals;
    String list = biggest.stream().map(n -> m.format("report.moves.one", SegmentationReport.name(m, n.from()),
        SegmentationReport.name(m, n.to()), SegmentationReport.count(n.count()), m.get("report.kind." + n.kind().name())))
        .collect(Collectors.joining(m.get("report.moves.separator")));
    return totals + m.format("report.moves.biggest", list);
  }
}
