package kyokan.core.db;

/** The database cannot be opened, migrated or closed; the message is meant for the person at the console. */
public class DatabaseException extends RuntimeException {
  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
