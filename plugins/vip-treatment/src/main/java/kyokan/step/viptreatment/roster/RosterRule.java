package kyokan.step.viptreatment.roster;

import java.util.LinkedHashMap;
import java.util.Map;
import kyokan.core.ValidationException;

/**
 * Who is a VIP by rule: the active 優良 cell under the thresholds in force, or the top {@code topPercent} % of
 * the customers by their last 12 months' revenue; and after how many days without a treatment a VIP is listed
 * as untreated.
 */
public record RosterRule(Kind kind, int topPercent, int untreatedDays) {
  public enum Kind { LOYAL_CELL, TOP_PERCENT }

  /** The program's defaults: the 優良 cell; 20 % when the shop chooses the revenue rule; 90 days. */
  public static final RosterRule DEFAULT = new RosterRule(Kind.LOYAL_CELL, 20, 90);

  public RosterRule {
    Map<String, String> problems = new LinkedHashMap<>();
    if (kind == null) problems.put("kind", "error.ruleKind");
    if (topPercent < 1 || topPercent > 50) problems.put("topPercent", "error.topPercent");
    if (untreatedDays < 7 || untreatedDays > 365) problems.put("untreatedDays", "error.untreatedDays");
    if (!problems.isEmpty()) throw new ValidationException(problems);
  }
}
