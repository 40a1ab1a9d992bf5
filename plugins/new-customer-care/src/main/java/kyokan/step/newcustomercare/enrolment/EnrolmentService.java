package kyokan.step.newcustomercare.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmCell;
import kyokan.core.db.Database;
import kyokan.core.outreach.Arm;
import kyokan.core.outreach.HoldoutDraw;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerMapper;
import kyokan.step.newcustomercare.sequence.SequenceService;
import kyokan.step.newcustomercare.sequence.SequenceVersion;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * Enrols new customers into the current sequence version, once each. A customer is new when their first purchase
 * (see {@link FirstPurchase}) is on or after the sequence's start date. The automatic enrolment, run whenever the
 * step's pages, alerts or agenda are read, takes those whose first purchase is at most {@link #LATE_AFTER_DAYS}
 * days old; older ones (typed in or imported late) are "late arrivals", enrolled only when the consultant asks.
 * Customers without consent to be contacted are recorded as such and never contacted. The holdout is drawn at
 * enrolment with {@link HoldoutDraw}.
 */
public final class EnrolmentService {
  /** A month's sales are imported by the 10th of the next: a first purchase up to 45 days old is not late. */
  public static final int LATE_AFTER_DAYS = 45;
  private final Database db;
  private final AnalyticsService analytics;
  private final SequenceService sequences;

  public EnrolmentService(Database db, AnalyticsService analytics, SequenceService sequences) {
    this.db = db;
    this.analytics = analytics;
    this.sequences = sequences;
    db.addMapper(EnrolmentMapper.class);
  }

  /** Enrols every new customer not yet enrolled whose first purchase is recent as of {@code today}; how many. */
  public int enrolNew(long clientId, LocalDate today) {
    Optional<SequenceVersion> version = sequences.current(clientId);
    if (version.isEmpty()) return 0;
    LocalDate earliest = today.minusDays(LATE_AFTER_DAYS);
    List<FirstPurchase> recent = notEnrolled(clientId, version.get(), today).stream()
        .filter(p -> !p.date().isBefore(earliest)).toList();
    return enrol(clientId, version.get(), recent, today, false);
  }

  /** New customers not enrolled because their first purchase reached the workbench too late. */
  public List<FirstPurchase> lateArrivals(long clientId, LocalDate today) {
    Optional<SequenceVersion> version = sequences.current(clientId);
    if (version.isEmpty()) return List.of();
    LocalDate earliest = today.minusDays(LATE_AFTER_DAYS);
    return notEnrolled(clientId, version.get(), today).stream().filter(p -> p.date().isBefore(earliest)).toList();
  }

  /** The consultant's "enrol these too": every late arrival, under the current version; how many. */
  public int enrolLateArrivals(long clientId, LocalDate today, User by) {
    if (!by.isConsultant()) throw new ValidationException("enrolLate", "error.consultantOnly");
    Optional<SequenceVersion> version = sequences.current(clientId);
    return version.isEmpty() ? 0 : enrol(clientId, version.get(), lateArrivals(clientId, today), today, true);
  }

  /** Every enrolment of the client, by first purchase. */
  public List<Enrolment> enrolments(long clientId) {
    return db.read(s -> s.getMapper(EnrolmentMapper.class).selectEnrolments(clientId)).stream()
        .map(r -> new Enrolment(r.getId(), r.getCustomerId(), r.getVersionId(), r.getFirstPurchase(), Arm.valueOf(r.getArm()),
            r.getEnrolledOn(), r.isLate()))
        .toList();
  }

  private List<FirstPurchase> notEnrolled(long clientId, SequenceVersion version, LocalDate today) {
    Set<Long> enrolled = new HashSet<>();
    for (Enrolment e : enrolments(clientId)) enrolled.add(e.customerId());
    return FirstPurchase.between(analytics.ledger(clientId), version.startDate(), today).stream()
        .filter(p -> !enrolled.contains(p.customerId())).toList();
  }

  private int enrol(long clientId, SequenceVersion version, List<FirstPurchase> fresh, LocalDate today, boolean late) {
    if (fresh.isEmpty()) return 0;
    try {
      return db.write(s -> {
        CustomerMapper customers = s.getMapper(CustomerMapper.class);
        List<FirstPurchase> consenting = new ArrayList<>();
        List<FirstPurchase> refusing = new ArrayList<>();
        for (FirstPurchase p : fresh) {
          Customer c = customers.selectById(clientId, p.customerId());
          if (c == null || c.getMergedInto() != null) continue;
          (Boolean.TRUE.equals(c.getContactConsent()) ? consenting : refusing).add(p);
        }
        List<HoldoutDraw.Candidate> candidates = consenting.stream()
            .map(p -> new HoldoutDraw.Candidate(p.customerId(), CpmCell.FIRST_TIMER)).toList();
        long seed = Objects.hash(clientId, version.id(), today, consenting.size());
        Set<Long> held = HoldoutDraw.heldOut(candidates, version.holdoutPercent(), seed);
        EnrolmentMapper m = s.getMapper(EnrolmentMapper.class);
        for (FirstPurchase p : consenting) {
          Arm arm = held.contains(p.customerId()) ? Arm.HELD_OUT : Arm.CONTACTED;
          m.insertEnrolment(clientId, p.customerId(), version.id(), p.date(), arm.name(), today, late);
        }
        for (FirstPurchase p : refusing) {
          m.insertEnrolment(clientId, p.customerId(), version.id(), p.date(), Arm.NO_CONSENT.name(), today, late);
        }
        return consenting.size() + refusing.size();
      });
    } catch (PersistenceException e) {
      // Two readers enrolling the same customers at once: the other one's enrolment stands, ours is rolled back whole.
      if (Database.isDuplicateKey(e)) return 0;
      throw e;
    }
  }
}
