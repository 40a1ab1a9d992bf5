package kyokan.core.consultant;

/** A consultant as the administrator's list shows them: account state and how many clients they carry. */
public class ConsultantRow {
  private long id;
  private String email;
  private String displayName;
  private boolean administrator;
  private boolean active;
  private int clientCount;

  public long getId() { return id; }
  public String getEmail() { return email; }
  public String getDisplayName() { return displayName; }
  public boolean isAdministrator() { return administrator; }
  public boolean isActive() { return active; }
  public int getClientCount() { return clientCount; }
}
