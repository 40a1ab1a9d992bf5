package kyokan.step.segmentation.movement;

import java.util.List;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.MonthChoice;
import kyokan.core.analytics.MoveKind;
import kyokan.core.analytics.Movement;
import kyokan.core.analytics.NamedMove;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.step.StepView;
import kyokan.step.segmentation.common.Definitions;
import kyokan.step.segmentation.members.MemberList;

/**
 * The moves between the previous month end and the chosen one; {@code choice} is null without sales.
 *
 * @param sentence what the consultant reads out
 * @param chart counts per cell over time, inline SVG
 */
public record MovementPage(StepView view, FigureFormat format, MonthChoice choice, Movement movement, String sentence,
    String chart, boolean allMonths) {

  public String base() {
    return "/clients/" + view.client().getId() + "/steps/segmentation/";
  }

  public String month() {
    return choice.month().toString();
  }

  public List<CpmCell> cells() {
    return List.of(CpmCell.values());
  }

  public List<MoveKind> kinds() {
    return List.of(MoveKind.values());
  }

  public List<NamedMove> namedMoves() {
    return movement.namedMoves();
  }

  /** The list behind one entry of the table ({@code from} null: new this month); entries with nobody have none. */
  public String moveLink(CpmCell from, CpmCell to) {
    return base() + "members/" + MemberList.ofMove(from, to) + "?month=" + month();
  }

  public String kindLink(MoveKind kind) {
    return base() + "members/" + MemberList.kindName(kind) + "?month=" + month();
  }

  /** The CSS class of a table entry: staying put, a named move, or another move. */
  public String entryClass(CpmCell from, CpmCell to) {
    if (from == to) return "stay";
    MoveKind kind = MoveKind.of(from, to);
    return kind == null ? "" : "move-" + kind.name().toLowerCase();
  }

  public String thresholds() {
    return new Definitions(view, format).summary(movement.thresholds());
  }

  /** The previous month end's thresholds when they differ from this month end's (the change shows as moves). */
  public String previousThresholds() {
    return movement.previousThresholds().filter(t -> !t.equals(movement.thresholds()))
        .map(t -> new Definitions(view, format).summary(t)).orElse(null);
  }

  public String chartLink(boolean all) {
    return base() + "movement?month=" + month() + (all ? "&span=all" : "");
  }
}
