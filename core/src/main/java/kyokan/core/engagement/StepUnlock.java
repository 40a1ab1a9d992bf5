package kyokan.core.engagement;

import java.time.Instant;

/** Whether a step of an engagement is open to the client, and who last changed that, when. */
public class StepUnlock {
  private long engagementId;
  private String stepId;
  private boolean unlocked;
  private long changedBy;
  private String changedByName;
  private Instant changedAt;

  public long getEngagementId() { return engagementId; }
  public String getStepId() { return stepId; }
  public boolean isUnlocked() { return unlocked; }
  public long getChangedBy() { return changedBy; }
  public String getChangedByName() { return changedByName; }
  public Instant getChangedAt() { return changedAt; }

  static StepUnlock of(long engagementId, String stepId, boolean unlocked, long by, Instant at) {
    StepUnlock u = new StepUnlock();
    u.engagementId = engagementId;
    u.stepId = stepId;
    u.unlocked = unlocked;
    u.changedBy = by;
    u.changedAt = at;
    return u;
  }
}
