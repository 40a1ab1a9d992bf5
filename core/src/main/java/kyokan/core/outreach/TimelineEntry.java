package kyokan.core.outreach;

import java.time.LocalDate;
import java.util.List;
import kyokan.core.analytics.CpmCell;

/**
 * One line of a customer's timeline. Which fields are set depends on the kind: a purchase (or refund) has
 * its amount and products, a cell change its cells, a contact its contact, a list membership its campaign.
 */
public record TimelineEntry(LocalDate date, Kind kind, long amount, List<String> products, CpmCell cell,
    CpmCell previousCell, Contact contact, Membership membership) {

  public enum Kind { ORDER, CELL, CONTACT, LIST }

  /** The customer's place in a frozen list: its campaign (if any), the arm, the cell when frozen. */
  public record Membership(long listId, String purpose, Long campaignId, String campaignName, Arm arm, CpmCell cell) {}

  static TimelineEntry order(LocalDate date, long amount, List<String> products) {
    return new TimelineEntry(date, Kind.ORDER, amount, products, null, null, null, null);
  }

  static TimelineEntry cell(LocalDate date, CpmCell cell, CpmCell previous) {
    return new TimelineEntry(date, Kind.CELL, 0, List.of(), cell, previous, null, null);
  }

  static TimelineEntry contact(Contact contact) {
    return new TimelineEntry(contact.getContactedOn(), Kind.CONTACT, 0, List.of(), null, null, contact, null);
  }

  static TimelineEntry list(LocalDate date, Membership membership) {
    return new TimelineEntry(date, Kind.LIST, 0, List.of(), null, null, null, membership);
  }
}
