package kyokan.step.viptreatment.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The VIPs as of a month end under the rule then in force, with the picks that applied.
 *
 * @param members the VIPs, by their last 12 months' revenue, highest first
 * @param removed customers the rule would list but the shop took off by hand
 */
public record Roster(LocalDate asOf, RosterRule rule, List<RosterMember> members, List<RosterMember> removed) {
  public Roster {
    members = List.copyOf(members);
    removed = List.copyOf(removed);
  }

  public Set<Long> ids() {
    return members.stream().map(RosterMember::customerId).collect(Collectors.toUnmodifiableSet());
  }

  public boolean contains(long customerId) {
    return members.stream().anyMatch(m -> m.customerId() == customerId);
  }

  /** Members of this roster not on {@code before}. */
  public List<RosterMember> joinedSince(Roster before) {
    Set<Long> then = before.ids();
    return members.stream().filter(m -> !then.contains(m.customerId())).toList();
  }

  /** Members of {@code before} not on this roster. */
  public List<RosterMember> leftSince(Roster before) {
    Set<Long> now = ids();
    return before.members().stream().filter(m -> !now.contains(m.customerId())).toList();
  }
}
