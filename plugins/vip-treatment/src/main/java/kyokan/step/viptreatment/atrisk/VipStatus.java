package kyokan.step.viptreatment.atrisk;

import java.time.LocalDate;
import kyokan.core.prediction.CustomerValue;
import kyokan.step.viptreatment.roster.RosterMember;

/**
 * A VIP with their rhythm and predictions as of the roster's month end, and their latest treatment.
 *
 * @param lastTreated null when never treated
 */
public record VipStatus(RosterMember member, CustomerValue value, LocalDate lastTreated) {}
