package kyokan.core.importing;

/**
 * The file cannot be read at all (not a workbook, sheet missing, broken quoting, I/O failure). The message
 * is plain Japanese, fit to show the user as it is.
 */
public class UnreadableFileException extends RuntimeException {
  public UnreadableFileException(String japaneseMessage, Throwable cause) {
    super(japaneseMessage, cause);
  }
}
