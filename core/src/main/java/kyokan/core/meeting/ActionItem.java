package kyokan.core.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A task agreed in a meeting: what, who, by when. It belongs to the client and carries over from
 * meeting to meeting until someone marks it done.
 */
public class ActionItem {
  private long id;
  private long clientId;
  private long meetingId;
  private LocalDate meetingMonth;
  private String body;
  private ItemOwner owner;
  private LocalDate dueDate;
  private long createdBy;
  private Instant createdAt;
  private Long doneBy;
  private String doneByName;
  private Instant doneAt;

  public long getId() { return id; }
  public long getClientId() { return clientId; }
  public long getMeetingId() { return meetingId; }
  /** The month of the meeting that raised it. */
  public YearMonth getMeetingMonth() { return meetingMonth == null ? null : YearMonth.from(meetingMonth); }
  public String getBody() { return body; }
  public ItemOwner getOwner() { return owner; }
  public LocalDate getDueDate() { return dueDate; }
  public long getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
  public Long getDoneBy() { return doneBy; }
  public String getDoneByName() { return doneByName; }
  public Instant getDoneAt() { return doneAt; }
  public boolean isDone() { return doneAt != null; }

  /** Still open after its due date. */
  public boolean isOverdue(LocalDate today) {
    return !isDone() && dueDate.isBefore(today);
  }

  static ActionItem of(Meeting meeting, NewActionItem item, long by, Instant at) {
    ActionItem a = new ActionItem();
    a.clientId = meeting.getClientId();
    a.meetingId = meeting.getId();
    a.meetingMonth = meeting.getMonth().atDay(1);
    a.body = item.body().strip();
    a.owner = item.owner();
    a.dueDate = item.dueDate();
    a.createdBy = by;
    a.createdAt = at;
    return a;
  }
}
