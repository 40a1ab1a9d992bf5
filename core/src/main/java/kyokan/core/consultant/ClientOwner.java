package kyokan.core.consultant;

/** A client and the consultant who carries it, for the administrator's handover page. */
public class ClientOwner {
  private long clientId;
  private String clientName;
  private long consultantId;
  private String consultantName;

  public long getClientId() { return clientId; }
  public String getClientName() { return clientName; }
  public long getConsultantId() { return consultantId; }
  public String getConsultantName() { return consultantName; }
}
