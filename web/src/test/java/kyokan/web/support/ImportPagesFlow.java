package kyokan.web.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Walks step 1's import pages the way a browser without JavaScript does: the forms' own fields, the job page until done. */
public final class ImportPagesFlow {
  private static final Pattern INPUT = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
  private static final Pattern SELECT = Pattern.compile("<select name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected");

  private ImportPagesFlow() {}

  /** The upload's id, from where its upload redirected. */
  public static String uploadId(WebClient.Response uploaded) {
    return uploaded.location().replaceAll(".*/import/([^?]+).*", "$1");
  }

  /** Waits for the job page to stop refreshing itself; answers the finished page. */
  public static String finished(WebClient browser, String jobUrl) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      String page = browser.get(jobUrl).body();
      if (!page.contains("http-equiv=\"refresh\"")) return page;
      Thread.sleep(100);
    }
    throw new AssertionError("job did not finish: " + jobUrl);
  }

  /** The form around {@code marker} on the page. */
  public static String form(String page, String marker) {
    int at = page.indexOf(marker);
    assertTrue(at >= 0, marker + " on the page");
    int start = page.lastIndexOf("<form", at);
    return page.substring(start, page.indexOf("</form>", at));
  }

  /** The fields a browser would send from the form: hidden inputs and the selected options (not the token). */
  public static Map<String, String> fields(String form) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher hidden = INPUT.matcher(form);
    while (hidden.find()) fields.put(hidden.group(1), hidden.group(2).replace("&quot;", "\"").replace("&amp;", "&").replace("&#39;", "'"));
    Matcher select = SELECT.matcher(form);
    while (select.find()) {
      Matcher chosen = SELECTED.matcher(select.group(2));
      if (chosen.find()) fields.put(select.group(1), chosen.group(1));
    }
    fields.remove("_csrf");
    return fields;
  }
}
