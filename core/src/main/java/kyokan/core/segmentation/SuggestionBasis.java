package kyokan.core.segmentation;

/** Where a suggested threshold comes from. */
public enum SuggestionBasis {
  /** The shop's own data, by the rule its suggestion states. */
  DATA,
  /** Too little data for the rule (see each suggestion's minimum): METHOD.md's published default instead. */
  DEFAULT
}
