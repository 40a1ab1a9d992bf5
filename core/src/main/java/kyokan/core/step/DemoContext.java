package kyokan.core.step;

import java.time.LocalDate;
import kyokan.core.account.User;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;

/**
 * The demo client as a step finds it when {@code --demo} creates it: its ledger imported up to the end of last
 * month, the step unlocked, the shop owner and the consultant who act in it, and today's date.
 */
public record DemoContext(Client client, Engagement engagement, User owner, User consultant, LocalDate today,
    CoreServices services) {}
