package kyokan.web.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a redirect after login or a language switch may go: only a path on this site. Browsers forgive a
 * lot ({@code /\t/evil.example} and {@code /\evil.example} lead off-site), so the rule is strict: exactly one
 * {@code /} followed by an ASCII letter, a digit or nothing, and no control character or backslash, both as
 * sent and once more percent-decoded.
 */
public final class LocalPath {
  private LocalPath() {}

  /** {@code path} when it is a safe local path, else {@code fallback}. */
  public static String orElse(String path, String fallback) {
    return isSafe(path) ? path : fallback;
  }

  public static boolean isSafe(String path) {
    if (path == null || !follows(path)) return false;
    try {
      return follows(URLDecoder.decode(path, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException badEscape) {
      return false;
    }
  }

  private static boolean follows(String path) {
    if (!path.startsWith("/")) return false;
    if (path.length() > 1 && !isAsciiLetterOrDigit(path.charAt(1))) return false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) return false;
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
