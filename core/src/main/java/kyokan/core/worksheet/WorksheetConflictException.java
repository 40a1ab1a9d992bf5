package kyokan.core.worksheet;

/** Someone saved the worksheet after this page was loaded; nothing was written. */
public class WorksheetConflictException extends RuntimeException {
  public WorksheetConflictException() {
    super("worksheet changed since it was loaded");
  }
}
