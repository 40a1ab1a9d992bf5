package kyokan.core.outreach.print;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merge fields in a mail text: {@code {氏名}} (or with full-width braces {@code ｛氏名｝}, as a Japanese IME types
 * them) is replaced by the recipient's value; a field the recipient has no value for stays as written, so a
 * typo shows on the proof instead of vanishing.
 */
public final class MergeText {
  private static final Pattern FIELD = Pattern.compile("[{｛]([^{}｛｝\\s]{1,40})[}｝]");

  private MergeText() {}

  public static String fill(String template, Map<String, String> fields) {
    if (template == null) return "";
    Matcher m = FIELD.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 32);
    while (m.find()) {
      String value = fields.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The field names a template uses, in order of first use, to check them against the fields a list offers. */
  public static Set<String> fieldsIn(String template) {
    Set<String> names = new LinkedHashSet<>();
    if (template == null) return names;
    Matcher m = FIELD.matcher(template);
    while (m.find()) names.add(m.group(1));
    return names;
  }
}
