package kyokan.step.viptreatment.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmCells;
import kyokan.core.analytics.CustomerList;
import kyokan.core.analytics.CustomerSnapshot;
import kyokan.core.analytics.Ledger;
import kyokan.core.db.Database;
import kyokan.core.sales.CustomerMapper;
import kyokan.core.segmentation.SegmentationService;

/**
 * Step 6's roster: the shop's VIP rule, its hand-picked additions and removals, and the VIPs as of any month end
 * (the rule applied under the thresholds in force then, then the latest pick of each customer made for that
 * month end or earlier).
 */
public final class VipRoster {
  static final int REASON_LIMIT = 500;
  private final Database db;
  private final AnalyticsService analytics;
  private final SegmentationService segmentation;
  private final Clock clock;

  public VipRoster(Database db, AnalyticsService analytics, SegmentationService segmentation, Clock clock) {
    this.db = db;
    this.analytics = analytics;
    this.segmentation = segmentation;
    this.clock = clock;
    db.addMapper(RosterMapper.class);
  }

  public RosterRule rule(long clientId) {
    RosterMapper.RuleRow row = db.read(s -> s.getMapper(RosterMapper.class).selectRule(clientId));
    return row == null ? RosterRule.DEFAULT : row.toRule();
  }

  public void saveRule(long clientId, RosterRule rule, long userId) {
    db.writeVoid(s -> {
      RosterMapper m = s.getMapper(RosterMapper.class);
      m.deleteRule(clientId);
      m.insertRule(clientId, rule.kind().name(), rule.topPercent(), rule.untreatedDays(), userId, clock.instant());
    });
  }

  public List<Pick> picks(long clientId) {
    return db.read(s -> s.getMapper(RosterMapper.class).selectPicks(clientId));
  }

  /** Adds a customer to the roster or takes them off, from the month end {@code from} on; a reason is required. */
  public void pick(long clientId, long customerId, Pick.Kind kind, String reason, LocalDate from, long userId) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) throw new ValidationException("reason", "error.reason");
    if (why.length() > REASON_LIMIT) throw new ValidationException("reason", "error.reasonLength");
    if (kind == null) throw new ValidationException("kind", "error.pickKind");
    db.writeVoid(s -> {
      if (s.getMapper(CustomerMapper.class).selectById(clientId, customerId) == null) {
        throw new NotFoundException("customer " + customerId);
      }
      s.getMapper(RosterMapper.class).insertPick(clientId, customerId, kind.name(), why, from, userId, clock.instant());
    });
  }

  /** Withdraws a pick: the rule decides again for that customer. */
  public void withdraw(long clientId, long pickId) {
    if (db.write(s -> s.getMapper(RosterMapper.class).deletePick(clientId, pickId)) == 0) {
      throw new NotFoundException("pick " + pickId);
    }
  }

  /** The VIPs as of {@code asOf} under the rule in force now. */
  public Roster of(long clientId, LocalDate asOf) {
    return of(clientId, asOf, rule(clientId), picks(clientId));
  }

  /** As {@link #of(long, LocalDate)} with the rule and picks already read (e.g. for many month ends). */
  public Roster of(long clientId, LocalDate asOf, RosterRule rule, List<Pick> picks) {
    Ledger ledger = analytics.ledger(clientId);
    CustomerSnapshot snapshot = analytics.snapshot(clientId, asOf);
    CpmCells cells = segmentation.cells(clientId, asOf);
    List<Integer> byRule = rule.kind() == RosterRule.Kind.LOYAL_CELL ? loyal(cells) : top(ledger, snapshot, rule.topPercent());
    Map<Long, Pick> latest = new HashMap<>();
    for (Pick p : picks) if (!p.getEffectiveFrom().isAfter(asOf)) latest.put(p.getCustomerId(), p);
    List<RosterMember> members = new ArrayList<>();
    List<RosterMember> removed = new ArrayList<>();
    java.util.Set<Long> ruled = new java.util.HashSet<>();
    for (int c : byRule) {
      long id = ledger.customerId(c);
      ruled.add(id);
      Pick p = latest.get(id);
      RosterMember m = member(ledger, snapshot, cells, c, true, p);
      if (p != null && p.getKind() == Pick.Kind.REMOVE) removed.add(m); else members.add(m);
    }
    for (Pick p : latest.values()) {
      if (p.getKind() != Pick.Kind.ADD || ruled.contains(p.getCustomerId())) continue;
      OptionalInt c = ledger.customerIndex(p.getCustomerId());
      // A customer merged into another, or without a purchase by then, is not on a roster.
      if (c.isEmpty() || !snapshot.isCustomer(c.getAsInt()) || ledger.customerId(c.getAsInt()) != p.getCustomerId()) continue;
      members.add(member(ledger, snapshot, cells, c.getAsInt(), false, p));
    }
    Comparator<RosterMember> order = Comparator.comparingLong(RosterMember::yearAmount).reversed()
        .thenComparing(RosterMember::code, Comparator.nullsLast(Comparator.naturalOrder()));
    members.sort(order);
    removed.sort(order);
    return new Roster(asOf, rule, members, removed);
  }

  private static List<Integer> loyal(CpmCells cells) {
    CustomerList list = cells.customers(CpmCell.LOYAL);
    List<Integer> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) out.add(list.indexAt(i));
    return out;
  }

  /** The top ⌈p % × N⌉ of the N customers with a purchase in the 365 days, by net amount then code. */
  static List<Integer> top(Ledger ledger, CustomerSnapshot snapshot, int percent) {
    List<Integer> buyers = new ArrayList<>();
    for (int c = 0; c < ledger.customerCount(); c++) if (snapshot.windowPurchases(c) > 0) buyers.add(c);
    buyers.sort(Comparator.<Integer>comparingLong(snapshot::windowAmount).reversed()
        .thenComparing(ledger::customerCode, Comparator.nullsLast(Comparator.naturalOrder())));
    int n = (int) Math.ceil(buyers.size() * percent / 100.0);
    return buyers.subList(0, n);
  }

  private static RosterMember member(Ledger ledger, CustomerSnapshot snapshot, CpmCells cells, int c, boolean byRule, Pick p) {
    return new RosterMember(ledger.customerId(c), ledger.customerCode(c), ledger.customerName(c),
        cells.cellOf(c).orElse(null), byRule, p, snapshot.windowAmount(c));
  }
}
