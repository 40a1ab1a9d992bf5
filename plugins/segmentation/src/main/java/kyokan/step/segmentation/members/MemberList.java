package kyokan.step.segmentation.members;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmCells;
import kyokan.core.analytics.CustomerList;
import kyokan.core.analytics.MoveKind;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.step.StepView;
import kyokan.step.segmentation.common.CellNames;
import kyokan.step.segmentation.common.Definitions;

/**
 * A list of customers step 3 links to, named in its address: a cell's members ({@code cell-loyal}), one
 * entry of the movement table ({@code move-toddler--steady}, {@code move-new--first-timer}), or everyone who
 * made a named move ({@code promotion}, {@code lapse}, {@code return}). Every member is a customer at the
 * month's end, so they all have a cell then.
 *
 * @param cell the cell of a cell list, else null
 * @param from a move's cell at the previous month end, null for "new this month"
 * @param to a move's cell at this month's end
 * @param kind the named move of a kind list, else null
 */
public record MemberList(String name, CpmCell cell, CpmCell from, CpmCell to, MoveKind kind) {
  static final String NEW = "new";

  public static Optional<MemberList> named(String name) {
    if (name.startsWith("cell-")) {
      return CellNames.parse(name.substring(5)).map(c -> new MemberList(name, c, null, null, null));
    }
    if (name.startsWith("move-") && name.contains("--")) {
      String[] parts = name.substring(5).split("--", 2);
      Optional<CpmCell> to = CellNames.parse(parts[1]);
      if (to.isEmpty()) return Optional.empty();
      if (parts[0].equals(NEW)) return Optional.of(new MemberList(name, null, null, to.get(), null));
      return CellNames.parse(parts[0]).map(from -> new MemberList(name, null, from, to.get(), null));
    }
    for (MoveKind k : MoveKind.values()) {
      if (kindName(k).equals(name)) return Optional.of(new MemberList(name, null, null, null, k));
    }
    return Optional.empty();
  }

  public static String ofCell(CpmCell cell) {
    return "cell-" + CellNames.of(cell);
  }

  /** A movement table entry's list; {@code from} null for new customers. */
  public static String ofMove(CpmCell from, CpmCell to) {
    return "move-" + (from == null ? NEW : CellNames.of(from)) + "--" + CellNames.of(to);
  }

  public static String kindName(MoveKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  public boolean isCell() {
    return cell != null;
  }

  /** The members at the end of {@code month}; {@code cells} are those of that month end. */
  public CustomerList members(SegmentationService segmentation, long clientId, YearMonth month, CpmCells cells) {
    if (cell != null) return cells.customers(cell);
    var movement = segmentation.movement(clientId, month);
    return kind != null ? movement.customers(kind) : movement.customers(from, to);
  }

  public String title(StepView v, YearMonth month) {
    if (cell != null) return v.t("members.cell", v.t("cell." + cell.name()));
    if (kind != null) return v.t("members.kind." + kind.name());
    return v.t("members.move", from == null ? v.t("move.new") : v.t("cell." + from.name()), v.t("cell." + to.name()));
  }

  public String definition(StepView v, Definitions d, CpmCells cells, YearMonth month) {
    if (cell != null) return d.cell(cell, cells.basis().thresholds());
    String between = v.t("members.between", month.minusMonths(1).atEndOfMonth(), month.atEndOfMonth());
    return (kind != null ? v.t("members.kind." + kind.name() + ".def") : v.t("members.move.def")) + " " + between;
  }
}
