package kyokan.core.outreach.stats;

import java.util.Locale;
import kyokan.core.i18n.Messages;

/**
 * What a campaign's 95 % interval for the difference in response rate says: 効果あり when it lies above 0,
 * 逆効果の可能性 when it lies below 0, otherwise 効果は確認できず.
 */
public enum Verdict {
  EFFECT("outreach.verdict.effect"),
  NO_EVIDENCE("outreach.verdict.noEvidence"),
  POSSIBLY_HARMFUL("outreach.verdict.possiblyHarmful");

  /** The bundle holding the verdicts' words (Japanese base, English beside it). */
  public static final String BUNDLE = "kyokan/core/outreach/messages";

  private final String messageKey;

  Verdict(String messageKey) {
    this.messageKey = messageKey;
  }

  public static Verdict of(Interval interval) {
    if (interval.lower() > 0) return EFFECT;
    if (interval.upper() < 0) return POSSIBLY_HARMFUL;
    return NO_EVIDENCE;
  }

  /** Key of the verdict's name in {@link #BUNDLE}, e.g. 効果あり. */
  public String messageKey() {
    return messageKey;
  }

  /**
   * Key of the sentence that explains the verdict; {@code {0}} is the smallest detectable difference in
   * percentage points (used by {@link #NO_EVIDENCE}'s sentence).
   */
  public String explanationKey() {
    return messageKey + ".explain";
  }

  public String label(Locale locale) {
    return messages(locale).get(messageKey);
  }

  public static Messages messages(Locale locale) {
    return Messages.load(BUNDLE, locale, Verdict.class.getClassLoader());
  }
}
