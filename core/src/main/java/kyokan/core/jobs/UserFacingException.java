package kyokan.core.jobs;

/** A failure whose message is written for the shop owner (in Japanese) and can be shown as it is. */
public class UserFacingException extends RuntimeException {
  public UserFacingException(String message) {
    super(message);
  }

  public UserFacingException(String message, Throwable cause) {
    super(message, cause);
  }
}
