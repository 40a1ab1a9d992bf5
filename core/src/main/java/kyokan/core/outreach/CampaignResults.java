package kyokan.core.outreach;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CellHistory;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CustomerOrders;
import kyokan.core.analytics.Ledger;
import kyokan.core.analytics.MoveKind;
import kyokan.core.db.Database;
import kyokan.core.outreach.stats.MantelHaenszel;
import kyokan.core.outreach.stats.Proportion;
import kyokan.core.outreach.stats.ResponseComparison;
import kyokan.core.outreach.stats.Stratum;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerMapper;
import kyokan.core.segmentation.SegmentationService;

/**
 * Campaign results from the ledger as imported (METHOD.md, "Precise rules for steps 4–7"): per arm the
 * customers with a purchase from the send date through the window's last day, their orders and net revenue,
 * and the cell progress at the month end after the window; a customer merged after the list was frozen is
 * read as the customer they were merged into.
 */
public final class CampaignResults {
  private final Database db;
  private final AnalyticsService analytics;
  private final SegmentationService segmentation;
  private final CampaignService campaigns;
  private final TargetListService lists;

  public CampaignResults(Database db, AnalyticsService analytics, SegmentationService segmentation,
      CampaignService campaigns, TargetListService lists) {
    this.db = db;
    this.analytics = analytics;
    this.segmentation = segmentation;
    this.campaigns = campaigns;
    this.lists = lists;
  }

  public CampaignResult of(long clientId, long campaignId) {
    return of(campaigns.get(clientId, campaignId));
  }

  public CampaignResult of(Campaign campaign) {
    long clientId = campaign.getClientId();
    TargetList list = lists.list(clientId, campaign.getTargetListId());
    List<TargetMember> members = lists.members(clientId, list.id());
    Ledger ledger = analytics.ledger(clientId);
    Map<Long, Long> kept = keptCustomers(clientId, members);
    YearMonth progressMonth = YearMonth.from(campaign.windowEnd());
    CellHistory history = ledger.latestCompleteMonth().filter(m -> !m.isBefore(progressMonth))
        .map(m -> segmentation.cellHistory(clientId, progressMonth)).orElse(null);
    Tally contacted = new Tally();
    Tally heldOut = new Tally();
    int noConsent = 0;
    int noAddress = 0;
    for (TargetMember m : members) {
      switch (m.arm()) {
        case NO_CONSENT -> noConsent++;
        case NO_ADDRESS -> noAddress++;
        case CONTACTED, HELD_OUT -> {
          Tally t = m.arm() == Arm.CONTACTED ? contacted : heldOut;
          OptionalInt index = ledger.customerIndex(kept.getOrDefault(m.customerId(), m.customerId()));
          t.add(index.isPresent()
              ? CustomerOrders.between(ledger, index.getAsInt(), campaign.getSendDate(), campaign.windowEnd())
              : new CustomerOrders.Window(0, 0, 0));
          if (history != null) t.progress(m.cell(), index.isPresent() ? history.cellOf(index.getAsInt(), progressMonth) : Optional.empty());
        }
      }
    }
    ArmResult c = contacted.result();
    ArmResult h = heldOut.result();
    LocalDate dataThrough = ledger.lastSale().orElse(null);
    boolean measurable = campaign.isSent() && dataThrough != null && !dataThrough.isBefore(campaign.getSendDate());
    Optional<ResponseComparison> comparison = measurable && c.customers() > 0 && h.customers() > 0
        ? Optional.of(ResponseComparison.of(new Proportion(c.responders(), c.customers()),
            new Proportion(h.responders(), h.customers())))
        : Optional.empty();
    return new CampaignResult(campaign, list, c, h, noConsent, noAddress, dataThrough, comparison, progressMonth);
  }

  /** Every campaign of the client, newest first. */
  public List<CampaignResult> all(long clientId) {
    return campaigns.list(clientId).stream().map(this::of).toList();
  }

  /**
   * Campaigns of the same kind (same cells, same channel) pooled into one risk difference, each campaign one
   * stratum; only kinds with two or more campaigns whose windows have passed.
   */
  public static List<PooledResult> pooled(List<CampaignResult> results) {
    Map<String, List<CampaignResult>> byKind = new LinkedHashMap<>();
    for (CampaignResult r : results) {
      if (r.provisional() || r.comparison().isEmpty()) continue;
      byKind.computeIfAbsent(PooledResult.kindOf(r), k -> new ArrayList<>()).add(r);
    }
    List<PooledResult> pooled = new ArrayList<>();
    for (List<CampaignResult> kind : byKind.values()) {
      if (kind.size() < 2) continue;
      List<Stratum> strata = kind.stream().map(r -> new Stratum(
          new Proportion(r.contacted().responders(), r.contacted().customers()),
          new Proportion(r.heldOut().responders(), r.heldOut().customers()))).toList();
      pooled.add(new PooledResult(kind.get(0).list().rule().cells(), kind.get(0).campaign().getChannel(), kind,
          MantelHaenszel.pooled(strata)));
    }
    return pooled;
  }

  private Map<Long, Long> keptCustomers(long clientId, List<TargetMember> members) {
    return db.read(s -> {
      CustomerMapper m = s.getMapper(CustomerMapper.class);
      Map<Long, Long> kept = new HashMap<>();
      for (TargetMember member : members) {
        if (!member.arm().isInDraw()) continue;
        long id = member.customerId();
        Customer c = m.selectById(clientId, id);
        // Merges can chain (A into B, later B into C); the chain is short and never loops.
        for (int hops = 0; c != null && c.getMergedInto() != null && hops < 20; hops++) {
          id = c.getMergedInto();
          c = m.selectById(clientId, id);
        }
        if (id != member.customerId()) kept.put(member.customerId(), id);
      }
      return kept;
    });
  }

  private static final class Tally {
    int customers;
    int responders;
    int orders;
    long revenue;
    int progressed;
    int progressKnown;

    void add(CustomerOrders.Window w) {
      customers++;
      if (w.purchases() > 0) responders++;
      orders += w.orders();
      revenue += w.netAmount();
    }

    void progress(CpmCell frozen, Optional<CpmCell> later) {
      if (later.isEmpty()) return;
      progressKnown++;
      MoveKind move = MoveKind.of(frozen, later.get());
      if (move == MoveKind.PROMOTION || move == MoveKind.RETURN) progressed++;
    }

    ArmResult result() {
      return new ArmResult(customers, responders, orders, revenue, progressed, progressKnown);
    }
  }
}
