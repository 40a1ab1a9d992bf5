package kyokan.core.analytics;

/** The five CPM groups; see {@link CpmThresholds#cellOf} for the rules. */
public enum CpmGroup {
  /** 初回客: one purchase. */
  FIRST_TIMER("初回"),
  /** よちよち客: repeat, tenure below the short cut-off. */
  TODDLER("よちよち"),
  /** コツコツ客: repeat, tenure at least the short cut-off, below the amount (or count) limit. */
  STEADY("コツコツ"),
  /** 流行客: repeat, big, tenure from the short cut-off up to (not including) the long one. */
  TREND("流行"),
  /** 優良客: repeat, big, tenure at least the long cut-off. */
  LOYAL("優良");

  private final String japanese;

  CpmGroup(String japanese) {
    this.japanese = japanese;
  }

  public String japanese() {
    return japanese;
  }
}
