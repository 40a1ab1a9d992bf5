package kyokan.core.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** One meeting of a client's engagement month; {@code seq} 2, 3, … for extra meetings in the same month. */
public class Meeting {
  private long id;
  private long clientId;
  private long engagementId;
  private LocalDate meetingMonth;
  private int seq;
  private String notes;
  private int version;
  private long createdBy;
  private String createdByName;
  private Instant createdAt;
  private Long updatedBy;
  private String updatedByName;
  private Instant updatedAt;

  public long getId() { return id; }
  public long getClientId() { return clientId; }
  public long getEngagementId() { return engagementId; }
  public YearMonth getMonth() { return YearMonth.from(meetingMonth); }
  public int getSeq() { return seq; }
  public String getNotes() { return notes == null ? "" : notes; }
  public int getVersion() { return version; }
  public long getCreatedBy() { return createdBy; }
  public String getCreatedByName() { return createdByName; }
  public Instant getCreatedAt() { return createdAt; }
  public Long getUpdatedBy() { return updatedBy; }
  public String getUpdatedByName() { return updatedByName; }
  public Instant getUpdatedAt() { return updatedAt; }

  static Meeting of(long clientId, long engagementId, YearMonth month, int seq, long by, Instant at) {
    Meeting m = new Meeting();
    m.clientId = clientId;
    m.engagementId = engagementId;
    m.meetingMonth = month.atDay(1);
    m.seq = seq;
    m.notes = "";
    m.version = 0;
    m.createdBy = by;
    m.createdAt = at;
    return m;
  }
}
