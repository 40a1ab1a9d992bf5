package kyokan.step.datacapture.entry;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import kyokan.core.NotFoundException;
import kyokan.core.step.StepRequest;

/** What every entry handler reads from a request the same way: the client, ids in the path, the page number. */
final class EntryRequests {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private EntryRequests() {}

  static long clientId(StepRequest req) {
    return req.view().client().getId();
  }

  static String base(StepRequest req) {
    return "/clients/" + clientId(req) + "/steps/data-capture/";
  }

  /** A numeric id from the path; anything else is a page that does not exist. */
  static long pathId(StepRequest req, String name) {
    try {
      return Long.parseLong(req.pathParam(name).orElse(""));
    } catch (NumberFormatException e) {
      throw new NotFoundException(name);
    }
  }

  /** The 1-based page number in {@code ?page=}, 1 when absent or unreadable. */
  static int pageNumber(StepRequest req) {
    try {
      return Math.max(1, Integer.parseInt(req.query("page").orElse("1")));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /**
   * The version of the product or customer the form was loaded with; empty when the form sends none. A
   * version that cannot be read matches nothing, so the save is refused as stale rather than overwriting.
   */
  static java.time.Instant version(StepRequest req) {
    String sent = req.form("version").orElse("").strip();
    if (sent.isEmpty()) return null;
    try {
      return java.time.Instant.parse(sent);
    } catch (java.time.format.DateTimeParseException e) {
      return java.time.Instant.EPOCH;
    }
  }

  static String text(StepRequest req, String field) {
    return req.form(field).orElse("").strip();
  }

  static String currency(StepRequest req) {
    return req.view().client().getCurrency();
  }

  static int minorDigits(StepRequest req) {
    return req.view().client().getMinorDigits();
  }

  /** Today where the shops are, whatever the server's zone. */
  static LocalDate today() {
    return LocalDate.now(TOKYO);
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
