package kyokan.core.sales;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import kyokan.core.jobs.UserFacingException;

/**
 * The same file (by SHA-256) was already imported for this client and that import stands. The message is
 * Japanese for the shop owner; {@link #MESSAGE_KEY} with {@link #previous()} lets a page word it itself.
 */
public class AlreadyImportedException extends UserFacingException {
  public static final String MESSAGE_KEY = "error.sales.import.alreadyImported";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm");
  private final transient SalesImport previous;

  AlreadyImportedException(SalesImport previous, ZoneId zone) {
    super("このファイル(" + previous.getFileName() + ")は" + WHEN.format(previous.getImportedAt().atZone(zone))
        + "に取り込み済みです。もう一度取り込むには、先に取り込み履歴からその取り込みを取り消してください。");
    this.previous = previous;
  }

  /** The import that stands. */
  public SalesImport previous() {
    return previous;
  }
}
