package kyokan.core.importing;

/**
 * The file cannot be read at all (empty, not a table, not a workbook, sheet missing, a value past the reader's
 * limit, I/O failure). The message is Japanese (with English beside it where written so), fit to show the user
 * as it is, also on a background job's page.
 */
public class UnreadableFileException extends kyokan.core.jobs.UserFacingException {
  public UnreadableFileException(String japaneseMessage, Throwable cause) {
    super(japaneseMessage, cause);
  }
}
