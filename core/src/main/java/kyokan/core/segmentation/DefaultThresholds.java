package kyokan.core.segmentation;

import kyokan.core.analytics.CpmThresholds;

/** The thresholds a client has before the consultant saves any. */
@FunctionalInterface
public interface DefaultThresholds {
  /** METHOD.md's published defaults for every client (an amount limit of ¥70,000). */
  DefaultThresholds PUBLISHED = clientId -> new Defaults(CpmThresholds.DEFAULTS, false);

  /**
   * @param thresholds the thresholds in force while none are saved
   * @param amountFromData whether the amount limit is the suggestion from the client's own data
   */
  record Defaults(CpmThresholds thresholds, boolean amountFromData) {}

  Defaults forClient(long clientId);
}
