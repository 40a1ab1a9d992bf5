package kyokan.core.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
  private LocalDate meetingDate;
  private LocalTime meetingTime;
  private String place;
  private String clientName;

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
  /** The planned day, or null for a meeting opened without one. */
  public LocalDate getDate() { return meetingDate; }
  public LocalTime getTime() { return meetingTime; }
  /** Where: an address, a room, or a video link. */
  public String getPlace() { return place; }
  /** Whether the place is a video-call link (shown as a link). */
  public boolean isVideoLink() { return place != null && (place.startsWith("https://") || place.startsWith("http://")); }
  /** The client's name, filled only by the consultant's calendar of meetings across clients. */
  public String getClientName() { return clientName; }

  /** Planned: it has a day that has not passed and no notes yet; otherwise it was held. */
  public boolean isPlanned(LocalDate today) {
    return meetingDate != null && !meetingDate.isBefore(today) && getNotes().isEmpty();
  }

  void plan(LocalDate date, LocalTime time, String place) {
    this.meetingDate = date;
    this.meetingTime = time;
    this.place = place;
  }

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
