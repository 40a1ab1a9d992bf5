package kyokan.core.worksheet;

import java.time.Instant;

/** The stored state of one step's worksheet in one engagement. {@code version} guards against stale saves. */
public class WorksheetRow {
  private long id;
  private long engagementId;
  private String stepId;
  private WorksheetStatus status;
  private int version;
  private Long updatedBy;
  private Instant updatedAt;
  private Instant submittedAt;
  private Long reviewedBy;
  private Instant reviewedAt;

  public long getId() { return id; }
  public long getEngagementId() { return engagementId; }
  public String getStepId() { return stepId; }
  public WorksheetStatus getStatus() { return status; }
  public int getVersion() { return version; }
  public Long getUpdatedBy() { return updatedBy; }
  public Instant getUpdatedAt() { return updatedAt; }
  public Instant getSubmittedAt() { return submittedAt; }
  public Long getReviewedBy() { return reviewedBy; }
  public Instant getReviewedAt() { return reviewedAt; }

  static WorksheetRow fresh(long engagementId, String stepId) {
    WorksheetRow row = new WorksheetRow();
    row.engagementId = engagementId;
    row.stepId = stepId;
    row.status = WorksheetStatus.NOT_STARTED;
    return row;
  }

  void bumpVersion() {
    version++;
  }

  void saved(WorksheetStatus newStatus, long by, Instant at) {
    status = newStatus;
    updatedBy = by;
    updatedAt = at;
    if (newStatus == WorksheetStatus.SUBMITTED) submittedAt = at;
  }

  void reviewed(long by, Instant at) {
    status = WorksheetStatus.REVIEWED;
    reviewedBy = by;
    reviewedAt = at;
  }
}
