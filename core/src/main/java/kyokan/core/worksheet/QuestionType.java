package kyokan.core.worksheet;

/** The kinds of answer a worksheet question takes; each is rendered by the host as its own form field. */
public enum QuestionType {
  SHORT_TEXT,
  LONG_TEXT,
  NUMBER,
  MONEY,
  DATE,
  CHOICE,
  MULTI_CHOICE,
  TABLE
}
