package kyokan.core.outreach.print;

import java.util.Optional;

/** Japanese postal codes as people type them: 1500001, 150-0001, 〒150−0001, or in full-width digits. */
public final class PostalCode {
  private PostalCode() {}

  /** The seven digits, when the text holds exactly seven digits and nothing but separators around them. */
  public static Optional<String> sevenDigits(String raw) {
    if (raw == null) return Optional.empty();
    StringBuilder digits = new StringBuilder(7);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') digits.append(c);
      else if (c >= '０' && c <= '９') digits.append((char) (c - '０' + '0'));
      else if ("〒-−－‐ー ".indexOf(c) < 0 && !Character.isWhitespace(c)) return Optional.empty();
    }
    return digits.length() == 7 ? Optional.of(digits.toString()) : Optional.empty();
  }

  /** 150-0001 for a valid code; otherwise the text as it was typed, so nothing is silently lost. */
  public static String display(String raw) {
    return sevenDigits(raw).map(d -> d.substring(0, 3) + "-" + d.substring(3)).orElse(raw == null ? "" : raw.strip());
  }
}
