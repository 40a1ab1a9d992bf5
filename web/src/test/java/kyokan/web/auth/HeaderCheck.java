package kyokan.web.auth;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kyokan.web.http.SecurityHeaders;

/** The headers every answer must carry (issue 18.7), as the sweep tests check them. */
final class HeaderCheck {
  static final Map<String, String> REQUIRED = Map.of(
      "Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY,
      "X-Frame-Options", "DENY",
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "same-origin");

  private HeaderCheck() {}

  /** What is missing or wrong, or null when all is well. */
  static String problem(HttpHeaders headers) {
    List<String> wrong = new ArrayList<>();
    REQUIRED.forEach((name, value) -> {
      Optional<String> sent = headers.firstValue(name);
      if (!sent.equals(Optional.of(value))) wrong.add(name + ": " + sent.orElse("(missing)"));
    });
    String type = headers.firstValue("Content-Type").orElse("");
    if (type.startsWith("text/html") && !type.toLowerCase().replace(" ", "").contains("charset=utf-8")) wrong.add("Content-Type: " + type);
    return wrong.isEmpty() ? null : String.join(", ", wrong);
  }
}
