package kyokan.core.worksheet;

/** 未着手 → 記入中 → 提出済 → 確認済. Message key {@code status.<NAME>}. */
public enum WorksheetStatus {
  NOT_STARTED,
  DRAFT,
  SUBMITTED,
  REVIEWED;

  public String messageKey() {
    return "status." + name();
  }
}
