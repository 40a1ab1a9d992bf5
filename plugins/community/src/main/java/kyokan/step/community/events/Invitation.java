package kyokan.step.community.events;

import java.time.LocalDate;
import java.util.Set;
import kyokan.core.analytics.CpmCell;
import kyokan.core.outreach.Channel;

/**
 * Who is invited and how: the customers in {@code cells} as of {@code asOf} (step 4's rule), optionally only those
 * with {@code tag} or only club members; every one who agreed to be contacted is invited (no holdout: an invitation
 * is not a test). {@code text} is the invitation's letter, with the merge fields of printed mail.
 */
public record Invitation(LocalDate asOf, Set<CpmCell> cells, String tag, boolean membersOnly, Channel channel,
    LocalDate sentOn, String text) {
  public static final int TEXT_LIMIT = 2000;
}
