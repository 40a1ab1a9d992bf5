package kyokan.step.segmentation.movement;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kyokan.core.analytics.MoveKind;
import kyokan.core.analytics.NamedMove;
import kyokan.core.step.StepView;

/**
 * The sentence the consultant reads out at the meeting, built from the month's named moves in their
 * order (promotions, lapses, returns): 「今月は、よちよち客12人がコツコツ客に、優良客5人が離脱しました。」 Each
 * move has a form for the middle of the sentence and one for its end ({@code sentence.<KIND>.mid/.last}).
 */
final class MoveSentence {
  private MoveSentence() {}

  static String of(StepView v, YearMonth month, boolean latest, List<NamedMove> moves) {
    String lead = latest ? v.t("sentence.lead.latest") : v.t("sentence.lead.month", month.getYear(), month.getMonthValue());
    if (moves.isEmpty()) return lead + v.t("sentence.none");
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < moves.size(); i++) {
      NamedMove m = moves.get(i);
      boolean last = i == moves.size() - 1;
      // A lapse within the group reads "優良客5人が離脱"; a lapse that also changes the group names the new cell.
      String kind = m.kind() == MoveKind.LAPSE && m.from().group() != m.to().group() ? "LAPSE_TO" : m.kind().name();
      parts.add(v.t("sentence." + kind + (last ? ".last" : ".mid"), v.t("cell." + m.from().name()), m.count(),
          v.t("cell." + m.to().name())));
    }
    return lead + String.join(v.t("sentence.separator"), parts) + v.t("sentence.end");
  }
}
