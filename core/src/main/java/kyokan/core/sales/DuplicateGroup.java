package kyokan.core.sales;

import java.util.List;
import java.util.Set;

/**
 * Customers who are probably one person, oldest record first, with what they share.
 *
 * @param reasons what links at least two of them
 */
public record DuplicateGroup(List<Member> customers, Set<Reason> reasons) {

  public enum Reason {
    /** The same phone number once reduced to its digits. */
    SAME_PHONE,
    /** The same name (NFKC, spaces removed) and the same e-mail (case ignored). */
    SAME_NAME_AND_EMAIL
  }

  /** One customer of the group with what they bought, to help choose which record to keep. */
  public record Member(Customer customer, CustomerActivity activity) {}
}
