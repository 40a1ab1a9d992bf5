package kyokan.step.viptreatment.roster;

import kyokan.core.analytics.CpmCell;

/**
 * A customer on the roster, or taken off it by hand, as of a month end.
 *
 * @param byRule whether the rule in force puts them on the roster
 * @param pick the hand-picked addition or removal that applies, or null
 * @param yearAmount net amount of the 365 days up to the month end, in minor units
 */
public record RosterMember(long customerId, String code, String name, CpmCell cell, boolean byRule, Pick pick,
    long yearAmount) {

  /** The customer's name, else their code. */
  public String label() {
    return name != null && !name.isBlank() ? name : code;
  }
}
