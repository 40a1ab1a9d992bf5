package kyokan.core.analytics;

import java.util.List;

/**
 * The moves between two month ends that the consultant reads out (METHOD.md, "Monthly movement"). Each
 * move between two cells is at most one kind; most moves (staying, 流行, first purchases) are none.
 */
public enum MoveKind {
  /** Forward along the ideal path 初回 → よちよち → コツコツ → 優良, one step or several, active to active. */
  PROMOTION,
  /** From any active cell to any 離脱 cell. */
  LAPSE,
  /** 復帰: from any 離脱 cell back to any active cell. */
  RETURN;

  /** The ideal path, in order. */
  public static final List<CpmGroup> IDEAL_PATH =
      List.of(CpmGroup.FIRST_TIMER, CpmGroup.TODDLER, CpmGroup.STEADY, CpmGroup.LOYAL);

  /** The kind of a move from one cell to another, null when it is none of them. */
  public static MoveKind of(CpmCell from, CpmCell to) {
    if (from == null || to == null) return null;
    if (!from.isLapsed() && to.isLapsed()) return LAPSE;
    if (from.isLapsed() && !to.isLapsed()) return RETURN;
    if (from.isLapsed()) return null;
    int a = IDEAL_PATH.indexOf(from.group());
    int b = IDEAL_PATH.indexOf(to.group());
    return a >= 0 && b > a ? PROMOTION : null;
  }
}
