package kyokan.core.meeting;

import java.time.Instant;

/** Something the consultant and the client agreed in a meeting. */
public class Decision {
  private long id;
  private long meetingId;
  private long clientId;
  private String body;
  private long createdBy;
  private Instant createdAt;

  public long getId() { return id; }
  public long getMeetingId() { return meetingId; }
  public long getClientId() { return clientId; }
  public String getBody() { return body; }
  public long getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }

  static Decision of(Meeting meeting, String body, long by, Instant at) {
    Decision d = new Decision();
    d.meetingId = meeting.getId();
    d.clientId = meeting.getClientId();
    d.body = body;
    d.createdBy = by;
    d.createdAt = at;
    return d;
  }
}
