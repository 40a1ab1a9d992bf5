package kyokan.core.sales;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Recognises a line without an order number by what it says: date, time, customer, product, quantity and
 * amount, and how many times the same content came before it in this file. Two identical purchases on one
 * day stay two ({@code #1}, {@code #2}); the same day exported again gives the same two keys and is skipped.
 */
final class LineContentKey {
  // 120 bits of SHA-256: no two contents share a key in any ledger this size (the key column holds 120 characters).
  private static final int DIGEST_BYTES = 15;
  private final Map<String, Integer> occurrences = new HashMap<>();
  private final MessageDigest sha;

  LineContentKey() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The key of this line: {@code =<digest>#<occurrence>}, counting the same content earlier in the file. */
  String next(SaleLineInput in) {
    String content = String.join("\u001F", String.valueOf(in.date()), String.valueOf(in.time()),
        part(in.customerCode()), in.isAnonymous() ? part(in.customerName()) : "",
        part(in.productCode()), part(in.productName()), Long.toString(in.quantity()), Long.toString(in.amount()));
    byte[] digest = sha.digest(content.getBytes(StandardCharsets.UTF_8));
    String base = "=" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, DIGEST_BYTES));
    int n = occurrences.merge(base, 1, Integer::sum);
    return base + "#" + n;
  }

  private static String part(String text) {
    String t = Text.clean(text);
    return t == null ? "" : t;
  }
}
