package kyokan.core.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Reads whether a customer agreed to be contacted: 可／不可, はい／いいえ, ○／×, yes/no, 1/0 and the like. */
final class ConsentParser {
  private static final Set<String> YES = Set.of("可", "許可", "はい", "有", "あり", "する", "希望", "希望する", "同意",
      "同意する", "○", "◯", "〇", "yes", "y", "true", "1", "ok", "optin", "subscribed");
  private static final Set<String> NO = Set.of("不可", "いいえ", "無", "なし", "しない", "不要", "希望しない", "拒否",
      "同意しない", "×", "✕", "✗", "no", "n", "false", "0", "optout", "unsubscribed");

  private ConsentParser() {}

  /** True, false, or null when blank. */
  static Boolean parse(String text) {
    String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT).replace("-", "");
    if (s.isEmpty()) return null;
    if (YES.contains(s)) return true;
    if (NO.contains(s)) return false;
    throw new InvalidValueException(ProblemKind.CONSENT_INVALID);
  }
}
