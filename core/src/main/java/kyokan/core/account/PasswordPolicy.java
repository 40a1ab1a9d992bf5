package kyokan.core.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import kyokan.core.ValidationException;

/**
 * What a new password must not be: shorter than ten characters, blank, one character repeated, the user's
 * own e-mail address (or its part before the @), or one of the 10,000 most common passwords
 * ({@code common-passwords.txt}, from SecLists, MIT licence) — also with digits or symbols added at
 * the end, or written twice ("password1", "dragondragon").
 */
public final class PasswordPolicy {
  static final int MIN_LENGTH = 10;
  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  /** @throws ValidationException on {@code field} with the reason, when the password is too weak */
  public static void check(String field, String password, String email) {
    if (password == null || password.isBlank()) throw new ValidationException(field, "error.password.blank");
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) throw new ValidationException(field, "error.password.short");
    if (password.codePoints().distinct().count() == 1) throw new ValidationException(field, "error.password.repeated");
    String lower = password.strip().toLowerCase(Locale.ROOT);
    String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (!address.isEmpty() && (lower.equals(address) || lower.equals(address.substring(0, Math.max(0, address.indexOf('@')))))) {
      throw new ValidationException(field, "error.password.email");
    }
    if (isCommon(lower)) throw new ValidationException(field, "error.password.common");
  }

  static boolean isCommon(String lower) {
    String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
    return COMMON.contains(lower) || COMMON.contains(stem) || COMMON.contains(repeatedUnit(lower))
        || COMMON.contains(repeatedUnit(stem));
  }

  // "abcabc" → "abc"; a text that is no repetition stays as it is.
  private static String repeatedUnit(String s) {
    for (int len = 1; len <= s.length() / 2; len++) {
      if (s.length() % len == 0 && s.substring(len).equals(s.substring(0, s.length() - len))) return s.substring(0, len);
    }
    return s;
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
      if (in == null) throw new IllegalStateException("common-passwords.txt is missing from the class path");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) words.add(line.strip().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
