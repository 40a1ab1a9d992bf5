package kyokan.step.community.events;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import kyokan.core.analytics.CustomerOrders;
import kyokan.core.analytics.Ledger;
import kyokan.core.outreach.stats.NewcombeInterval;
import kyokan.core.outreach.stats.Proportion;
import kyokan.core.outreach.stats.RateDifference;

/**
 * What followed an event, observational (guests chose to come, so the groups differ in more than the event):
 * attendees against invited guests who did not come, over the {@code window} days from the event's date (the day
 * itself included, as a campaign's response window): the share with a purchase, revenue per person, and the
 * difference with Newcombe's interval; and how many attendees were new (no purchase before the event's day).
 */
public record EventOutcome(int windowDays, boolean complete, Group attendees, Group invitedAbsent, RateDifference difference,
    int newAttendees) {

  /** One group's figures over the window. */
  public record Group(int people, int buyers, long revenueMinor) {
    public double rate() {
      return people == 0 ? 0 : (double) buyers / people;
    }

    public long revenuePerPerson() {
      return people == 0 ? 0 : Math.round((double) revenueMinor / people);
    }
  }

  public static EventOutcome of(Ledger ledger, LocalDate eventDate, List<Guest> guests, int windowDays) {
    LocalDate last = eventDate.plusDays(windowDays - 1L);
    int aPeople = 0, aBuyers = 0, nPeople = 0, nBuyers = 0, newOnes = 0;
    long aRevenue = 0, nRevenue = 0;
    for (Guest g : guests) {
      if (!g.isAttended() && !g.isInvited()) continue;
      OptionalInt index = ledger.customerIndex(g.getCustomerId());
      CustomerOrders.Window w = index.isEmpty() ? new CustomerOrders.Window(0, 0, 0)
          : CustomerOrders.between(ledger, index.getAsInt(), eventDate, last);
      if (g.isAttended()) {
        aPeople++;
        if (w.purchases() > 0) aBuyers++;
        aRevenue += w.netAmount();
        boolean boughtBefore = index.isPresent()
            && CustomerOrders.between(ledger, index.getAsInt(), LocalDate.of(1900, 1, 1), eventDate.minusDays(1)).purchases() > 0;
        if (!boughtBefore) newOnes++;
      } else {
        nPeople++;
        if (w.purchases() > 0) nBuyers++;
        nRevenue += w.netAmount();
      }
    }
    boolean complete = ledger.lastSale().map(d -> !d.isBefore(last)).orElse(false);
    RateDifference diff = NewcombeInterval.of(new Proportion(aBuyers, aPeople), new Proportion(nBuyers, nPeople));
    return new EventOutcome(windowDays, complete, new Group(aPeople, aBuyers, aRevenue), new Group(nPeople, nBuyers, nRevenue),
        diff, newOnes);
  }
}
