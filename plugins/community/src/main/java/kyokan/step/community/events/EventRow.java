package kyokan.step.community.events;

import java.time.Instant;
import java.time.LocalDate;

/** A community_event row, with its guest counts when read as a list. */
public class EventRow {
  /** What kind of gathering. */
  public enum Kind { TASTING, CLASS, TALK, PARTY }

  Long id;
  long clientId;
  String title;
  String kind;
  LocalDate eventDate;
  String place;
  int capacity;
  long costMinor;
  Long targetListId;
  LocalDate invitedOn;
  String inviteChannel;
  String invitation;
  long createdBy;
  Instant createdAt;
  int invitedCount;
  int repliedCount;
  int attendedCount;

  public EventRow() {}

  EventRow(long clientId, String title, Kind kind, LocalDate date, String place, int capacity, long costMinor,
      long createdBy, Instant createdAt) {
    this.clientId = clientId;
    this.title = title;
    this.kind = kind.name();
    this.eventDate = date;
    this.place = place;
    this.capacity = capacity;
    this.costMinor = costMinor;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public long getClientId() { return clientId; }
  public String getTitle() { return title; }
  public String getKind() { return kind; }
  public LocalDate getEventDate() { return eventDate; }
  public String getPlace() { return place; }
  public int getCapacity() { return capacity; }
  public long getCostMinor() { return costMinor; }
  public Long getTargetListId() { return targetListId; }
  public LocalDate getInvitedOn() { return invitedOn; }
  public String getInviteChannel() { return inviteChannel; }
  public String getInvitation() { return invitation; }
  public int getInvitedCount() { return invitedCount; }
  public int getRepliedCount() { return repliedCount; }
  public int getAttendedCount() { return attendedCount; }
}
