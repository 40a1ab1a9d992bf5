package kyokan.step.viptreatment.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.step.StepView;
import kyokan.step.viptreatment.common.StepPaths;

/** The roster as of a month end: the VIPs, who joined and left since the month before, the picks, the rule. */
public record RosterPage(StepView view, FigureFormat format, Roster roster, Roster before, List<Pick> picks,
    Map<Long, String> pickNames, RosterForm form, Map<String, String> errors, String csrf) {

  public String base() {
    return StepPaths.base(view);
  }

  public String karte(long customerId) {
    return StepPaths.karte(view.client().getId(), customerId);
  }

  public String month() {
    return java.time.YearMonth.from(roster.asOf()).toString();
  }

  public List<RosterMember> joined() {
    return before == null ? List.of() : roster.joinedSince(before);
  }

  public List<RosterMember> left() {
    return before == null ? List.of() : roster.leftSince(before);
  }

  public LocalDate beforeDate() {
    return before == null ? null : before.asOf();
  }

  /** How the member came onto the roster, in the reader's words. */
  public String how(RosterMember m) {
    if (m.pick() != null) return view.t("roster.how." + m.pick().getKind().name(), m.pick().getReason());
    return view.t("roster.how.rule." + roster.rule().kind().name());
  }

  public String ruleText() {
    RosterRule r = roster.rule();
    return view.t("roster.rule.text." + r.kind().name(), r.topPercent());
  }

  public String cell(RosterMember m) {
    return m.cell() == null ? FigureFormat.NONE : view.t("cell." + m.cell().name());
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : view.t(key);
  }
}
