package kyokan.core.consultant;

import java.time.Instant;

/** One handover of a client: from which consultant to which, by whom, when. */
public class Handover {
  private long id;
  private long clientId;
  private String clientName;
  private String fromName;
  private String toName;
  private String byName;
  private Instant handedAt;

  public long getId() { return id; }
  public long getClientId() { return clientId; }
  public String getClientName() { return clientName; }
  public String getFromName() { return fromName; }
  public String getToName() { return toName; }
  public String getByName() { return byName; }
  public Instant getHandedAt() { return handedAt; }
}
