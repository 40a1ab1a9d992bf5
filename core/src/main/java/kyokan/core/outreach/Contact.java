package kyokan.core.outreach;

import java.time.Instant;
import java.time.LocalDate;

/** One contact with a customer, as the contact log keeps it. */
public class Contact {
  long id;
  long clientId;
  long customerId;
  String channel;
  LocalDate contactedOn;
  String source;
  Long sourceId;
  String note;
  long recordedBy;
  String recordedByName;
  Instant recordedAt;

  public long getId() { return id; }
  public long getClientId() { return clientId; }
  public long getCustomerId() { return customerId; }
  public Channel getChannel() { return Channel.valueOf(channel); }
  public LocalDate getContactedOn() { return contactedOn; }
  public ContactSource getSource() { return ContactSource.valueOf(source); }
  public Long getSourceId() { return sourceId; }
  public String getNote() { return note; }
  public long getRecordedBy() { return recordedBy; }
  public String getRecordedByName() { return recordedByName; }
  public Instant getRecordedAt() { return recordedAt; }
}
