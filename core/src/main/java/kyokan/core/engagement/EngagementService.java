package kyokan.core.engagement;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kyokan.core.NotFoundException;
import kyokan.core.ValidationException;
import kyokan.core.account.User;
import kyokan.core.db.Database;

/**
 * Engagements (7-month cycles) and the unlocking of their steps. Sales data belongs to the client, not
 * to a cycle, so a second cycle starts with everything the first one captured.
 */
public final class EngagementService {
  private final Database db;
  private final Clock clock;

  public EngagementService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Starts the client's next cycle; a later cycle may only begin after the previous one has ended. */
  public Engagement start(long clientId, YearMonth startMonth, User consultant) {
    if (startMonth == null) throw new ValidationException("startMonth", "error.month.invalid");
    return db.write(s -> {
      EngagementMapper mapper = s.getMapper(EngagementMapper.class);
      List<Engagement> existing = mapper.selectByClient(clientId);
      Optional<Engagement> last = existing.isEmpty() ? Optional.empty() : Optional.of(existing.get(existing.size() - 1));
      if (last.isPresent() && !startMonth.isAfter(last.get().getEnd())) {
        throw new ValidationException("startMonth", "error.engagement.overlaps");
      }
      Engagement e = Engagement.of(clientId, last.map(l -> l.getCycle() + 1).orElse(1), startMonth,
          consultant.getId(), clock.instant());
      mapper.insertEngagement(e);
      return e;
    });
  }

  public List<Engagement> engagementsOf(long clientId) {
    return db.read(s -> s.getMapper(EngagementMapper.class).selectByClient(clientId));
  }

  /** The client's latest cycle, the one the client works in. */
  public Optional<Engagement> current(long clientId) {
    List<Engagement> all = engagementsOf(clientId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  public Engagement get(long engagementId) {
    Engagement e = db.read(s -> s.getMapper(EngagementMapper.class).selectById(engagementId));
    if (e == null) throw new NotFoundException("engagement " + engagementId);
    return e;
  }

  /** Step id → its unlock state; steps never touched are absent (locked). */
  public Map<String, StepUnlock> unlocks(long engagementId) {
    return db.read(s -> s.getMapper(EngagementMapper.class).selectUnlocks(engagementId)).stream()
        .collect(Collectors.toMap(StepUnlock::getStepId, Function.identity()));
  }

  public boolean isUnlocked(long engagementId, String stepId) {
    StepUnlock u = unlocks(engagementId).get(stepId);
    return u != null && u.isUnlocked();
  }

  /** Opens or closes a step for the client, early or late as the consultant sees fit; every change is kept. */
  public void setUnlocked(long engagementId, String stepId, boolean unlocked, User consultant) {
    if (!consultant.isConsultant()) throw new IllegalArgumentException("only consultants unlock steps");
    StepUnlock change = StepUnlock.of(engagementId, stepId, unlocked, consultant.getId(), clock.instant());
    db.writeVoid(s -> {
      EngagementMapper mapper = s.getMapper(EngagementMapper.class);
      if (mapper.updateUnlock(change) == 0) mapper.insertUnlock(change);
      mapper.insertUnlockEvent(change);
    });
  }
}
