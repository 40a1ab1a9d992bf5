package kyokan.step.viptreatment.roster;

/** The rule form and the pick form as typed. */
public record RosterForm(String kind, String topPercent, String untreatedDays, String code, String pickKind, String reason) {
  static RosterForm of(RosterRule rule) {
    return new RosterForm(rule.kind().name(), Integer.toString(rule.topPercent()), Integer.toString(rule.untreatedDays()),
        "", Pick.Kind.ADD.name(), "");
  }
}
