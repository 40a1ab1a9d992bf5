package kyokan.core.account;

import java.time.Instant;

/** A person who logs in. Client users belong to exactly one client business. */
public class User {
  private long id;
  private String email;
  private String displayName;
  private Role role;
  private Long clientId;
  private String passwordHash;
  private boolean mustChangePassword;
  private Instant createdAt;
  private boolean administrator;
  private boolean active = true;

  public long getId() { return id; }
  public String getEmail() { return email; }
  public String getDisplayName() { return displayName; }
  public Role getRole() { return role; }
  public Long getClientId() { return clientId; }
  String getPasswordHash() { return passwordHash; }
  public boolean isMustChangePassword() { return mustChangePassword; }
  public Instant getCreatedAt() { return createdAt; }

  public boolean isConsultant() { return role == Role.CONSULTANT; }

  /** A consultant who also manages the consultants' accounts and hands clients over. */
  public boolean isAdministrator() { return administrator && isConsultant(); }

  /** False once an administrator deactivated the account: it can no longer log in. */
  public boolean isActive() { return active; }

  static User of(String email, String displayName, Role role, Long clientId, String hash, boolean mustChange, Instant at) {
    User u = new User();
    u.email = email;
    u.displayName = displayName;
    u.role = role;
    u.clientId = clientId;
    u.passwordHash = hash;
    u.mustChangePassword = mustChange;
    u.createdAt = at;
    return u;
  }
}
