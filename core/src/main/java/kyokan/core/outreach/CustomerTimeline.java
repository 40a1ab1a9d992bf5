package kyokan.core.outreach;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CustomerOrders;
import kyokan.core.analytics.Ledger;
import kyokan.core.analytics.MonthCell;
import kyokan.core.db.Database;
import kyokan.core.segmentation.SegmentationService;

/**
 * A customer's story, newest first: purchases and refunds, their CPM cell where it changed at a month end,
 * contacts, and the lists they were on (contacted or held out). Entries of one day keep that order.
 */
public final class CustomerTimeline {
  private final Database db;
  private final AnalyticsService analytics;
  private final SegmentationService segmentation;
  private final ContactLog contacts;

  public CustomerTimeline(Database db, AnalyticsService analytics, SegmentationService segmentation, ContactLog contacts) {
    this.db = db;
    this.analytics = analytics;
    this.segmentation = segmentation;
    this.contacts = contacts;
  }

  public List<TimelineEntry> of(long clientId, long customerId) {
    List<TimelineEntry> entries = new ArrayList<>();
    Ledger ledger = analytics.ledger(clientId);
    OptionalInt index = ledger.customerIndex(customerId);
    if (index.isPresent()) {
      for (CustomerOrders.Order o : CustomerOrders.all(ledger, index.getAsInt())) {
        entries.add(TimelineEntry.order(o.date(), o.netAmount(), o.products()));
      }
    }
    ledger.latestCompleteMonth().ifPresent(month -> entries.addAll(cellChanges(clientId, customerId, month)));
    contacts.forCustomer(clientId, customerId).forEach(c -> entries.add(TimelineEntry.contact(c)));
    for (TargetListMapper.MembershipRow r : db.read(s -> s.getMapper(TargetListMapper.class).selectMemberships(clientId, customerId))) {
      LocalDate date = r.getSendDate() != null ? r.getSendDate() : r.getAsOf();
      entries.add(TimelineEntry.list(date, new TimelineEntry.Membership(r.getListId(), r.getPurpose(), r.getCampaignId(),
          r.getCampaignName(), Arm.valueOf(r.getArm()), CpmCell.valueOf(r.getCell()))));
    }
    entries.sort(Comparator.comparing(TimelineEntry::date).reversed());
    return entries;
  }

  private List<TimelineEntry> cellChanges(long clientId, long customerId, YearMonth month) {
    List<TimelineEntry> changes = new ArrayList<>();
    CpmCell previous = null;
    for (MonthCell m : segmentation.customerHistory(clientId, customerId, month)) {
      if (m.cell() != null && m.cell() != previous) changes.add(TimelineEntry.cell(m.asOf(), m.cell(), previous));
      if (m.cell() != null) previous = m.cell();
    }
    return changes;
  }
}
