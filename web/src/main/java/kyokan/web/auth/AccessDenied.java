package kyokan.web.auth;

/** The guard refused: 401 (not logged in) or 403; {@code messageKey} is what the error page says. */
public class AccessDenied extends RuntimeException {
  private final int status;
  private final String messageKey;

  public AccessDenied(int status, String messageKey) {
    super(status + " " + messageKey);
    this.status = status;
    this.messageKey = messageKey;
  }

  public int status() { return status; }

  public String messageKey() { return messageKey; }
}
