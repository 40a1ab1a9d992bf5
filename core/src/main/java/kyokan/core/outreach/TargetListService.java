package kyokan.core.outreach;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kyokan.core.NotFoundException;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmCells;
import kyokan.core.analytics.CustomerOrders;
import kyokan.core.analytics.CustomerSnapshot;
import kyokan.core.analytics.Ledger;
import kyokan.core.db.Database;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerMapper;
import kyokan.core.segmentation.SegmentationService;
import org.apache.ibatis.session.SqlSession;

/**
 * Target lists (ARCHITECTURE.md "Steps 4–7"): a rule applied to the ledger as of its month end under the
 * thresholds in force then, the customers who may not be contacted left out with the reason, the rest split
 * by a seeded holdout draw; then frozen, so later imports and threshold changes never change who was on it.
 */
public final class TargetListService {
  private final Database db;
  private final AnalyticsService analytics;
  private final SegmentationService segmentation;
  private final Clock clock;
  private final SecureRandom seeds = new SecureRandom();

  public TargetListService(Database db, AnalyticsService analytics, SegmentationService segmentation, Clock clock) {
    this.db = db;
    this.analytics = analytics;
    this.segmentation = segmentation;
    this.clock = clock;
  }

  /** A list drawn but not yet stored. */
  public record Draft(long clientId, TargetRule rule, int holdoutPercent, long seed, List<TargetMember> members) {
    public int count(Arm arm) {
      return (int) members.stream().filter(m -> m.arm() == arm).count();
    }
  }

  /** Applies the rule and draws the holdout with a new seed; nothing is written. */
  public Draft draw(long clientId, TargetRule rule, int holdoutPercent) {
    return draw(clientId, rule, holdoutPercent, seeds.nextLong());
  }

  /** As {@link #draw(long, TargetRule, int)} with a given seed: the same seed on the same data gives the same list. */
  public Draft draw(long clientId, TargetRule rule, int holdoutPercent, long seed) {
    if (holdoutPercent < 0 || holdoutPercent > 50) {
      throw new kyokan.core.ValidationException("holdout", "error.holdout");
    }
    Ledger ledger = analytics.ledger(clientId);
    CpmCells cells = segmentation.cells(clientId, rule.asOf());
    CustomerSnapshot snapshot = analytics.snapshot(clientId, rule.asOf());
    Set<Long> tagged = rule.tag() == null ? null
        : new HashSet<>(db.read(s -> s.getMapper(TargetListMapper.class).selectTagged(clientId, rule.tag())));
    List<Integer> matching = new ArrayList<>();
    for (int c = 0; c < ledger.customerCount(); c++) {
      Optional<CpmCell> cell = cells.cellOf(c);
      if (cell.isEmpty() || !rule.cells().contains(cell.get())) continue;
      int days = snapshot.recencyDays(c);
      if (rule.minDaysSince() != null && days < rule.minDaysSince()) continue;
      if (rule.maxDaysSince() != null && days > rule.maxDaysSince()) continue;
      if (tagged != null && !tagged.contains(ledger.customerId(c))) continue;
      if (rule.customerIds() != null && !rule.customerIds().contains(ledger.customerId(c))) continue;
      if (rule.productId() != null && !CustomerOrders.bought(ledger, c, rule.productId(), rule.asOf())) continue;
      matching.add(c);
    }
    List<TargetMember> members = new ArrayList<>();
    List<HoldoutDraw.Candidate> candidates = new ArrayList<>();
    db.read(s -> {
      CustomerMapper customers = s.getMapper(CustomerMapper.class);
      for (int c : matching) {
        long id = ledger.customerId(c);
        CpmCell cell = cells.cellOf(c).orElseThrow();
        Arm excluded = exclusion(customers.selectById(clientId, id), rule.postal());
        if (excluded != null) {
          members.add(new TargetMember(id, cell, excluded));
        } else {
          candidates.add(new HoldoutDraw.Candidate(id, cell));
        }
      }
      return null;
    });
    Set<Long> held = HoldoutDraw.heldOut(candidates, holdoutPercent, seed);
    for (HoldoutDraw.Candidate c : candidates) {
      members.add(new TargetMember(c.customerId(), c.cell(), held.contains(c.customerId()) ? Arm.HELD_OUT : Arm.CONTACTED));
    }
    return new Draft(clientId, rule, holdoutPercent, seed, List.copyOf(members));
  }

  /** Why a customer is left out before the draw, or null: only a recorded yes to contact counts. */
  static Arm exclusion(Customer customer, boolean postal) {
    if (customer == null || !Boolean.TRUE.equals(customer.getContactConsent())) return Arm.NO_CONSENT;
    if (postal && (blank(customer.getPostalCode()) || blank(customer.getAddress()))) return Arm.NO_ADDRESS;
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Stores a draft inside the caller's transaction; returns the list's id. */
  public long insert(SqlSession session, Draft draft, String purpose, long userId) {
    TargetListMapper m = session.getMapper(TargetListMapper.class);
    TargetListRow row = new TargetListRow(draft.clientId(), purpose, draft.rule(), draft.holdoutPercent(), draft.seed(),
        userId, clock.instant());
    m.insertList(row);
    for (TargetMember member : draft.members()) {
      m.insertMember(row.getId(), member.customerId(), member.cell().name(), member.arm().name());
    }
    return row.getId();
  }

  public TargetList list(long clientId, long listId) {
    TargetListRow row = db.read(s -> s.getMapper(TargetListMapper.class).selectList(clientId, listId));
    if (row == null) throw new NotFoundException("target list " + listId);
    return row.toList();
  }

  /** The frozen members, by customer id. */
  public List<TargetMember> members(long clientId, long listId) {
    return db.read(s -> s.getMapper(TargetListMapper.class).selectMembers(clientId, listId)).stream()
        .map(r -> new TargetMember(r.getCustomerId(), CpmCell.valueOf(r.getCell()), Arm.valueOf(r.getArm())))
        .toList();
  }
}
