package kyokan.core.outreach;

import java.time.Instant;
import java.time.LocalDate;

/** A campaign (施策): a message to a frozen target list, sent on a date, measured over a response window. */
public class Campaign {
  long id;
  long clientId;
  long targetListId;
  String name;
  String channel;
  LocalDate sendDate;
  long costPerPiece;
  String offer;
  int windowDays;
  String message;
  Instant sentAt;
  Long sentBy;
  long createdBy;
  Instant createdAt;

  public long getId() { return id; }
  public long getClientId() { return clientId; }
  public long getTargetListId() { return targetListId; }
  public String getName() { return name; }
  public Channel getChannel() { return Channel.valueOf(channel); }
  public LocalDate getSendDate() { return sendDate; }
  public long getCostPerPiece() { return costPerPiece; }
  public String getOffer() { return offer; }
  public int getWindowDays() { return windowDays; }
  public String getMessage() { return message; }
  public Instant getSentAt() { return sentAt; }
  public Long getSentBy() { return sentBy; }
  public long getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }

  public boolean isSent() {
    return sentAt != null;
  }

  /** The response window's last day: send date + window − 1 (METHOD.md, "Response"). */
  public LocalDate windowEnd() {
    return sendDate.plusDays(windowDays - 1L);
  }
}
