package kyokan.step.newcustomercare.sequence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface SequenceMapper {
  List<VersionRow> selectVersions(@Param("clientId") long clientId);

  List<StepRow> selectSteps(@Param("clientId") long clientId);

  Integer selectLastVersionNo(@Param("clientId") long clientId);

  void insertVersion(VersionRow row);

  void insertStep(@Param("versionId") long versionId, @Param("stepNo") int stepNo, @Param("daysAfter") int daysAfter,
      @Param("channel") String channel, @Param("message") String message, @Param("skip") boolean skip);

  /** An ncc_sequence_version row. */
  class VersionRow {
    Long id;
    long clientId;
    int versionNo;
    LocalDate startDate;
    int holdoutPercent;
    long createdBy;
    Instant createdAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getClientId() { return clientId; }
    public int getVersionNo() { return versionNo; }
    public LocalDate getStartDate() { return startDate; }
    public int getHoldoutPercent() { return holdoutPercent; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
  }

  /** An ncc_sequence_step row. */
  class StepRow {
    long versionId;
    int stepNo;
    int daysAfter;
    String channel;
    String message;
    boolean skipIfRepurchased;

    public long getVersionId() { return versionId; }
    public int getStepNo() { return stepNo; }
    public int getDaysAfter() { return daysAfter; }
    public String getChannel() { return channel; }
    public String getMessage() { return message; }
    public boolean isSkipIfRepurchased() { return skipIfRepurchased; }
  }
}
