package kyokan.web.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kyokan.core.step.DataFolder;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload is deleted as soon as its import has finished (issue 18.6); the ledger keeps what it needs. */
class UploadCleanupTest {
  private static final Pattern INPUT = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
  private static final Pattern SELECT = Pattern.compile("<select name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\"[^>]*selected");
  @TempDir Path temp;

  @Test
  void theUploadIsGoneOnceItsImportFinished() throws Exception {
    try (TestHost host = TestHost.start(temp)) {
      Fixture fixture = new Fixture(host.services());
      WebClient owner = host.client().login(fixture.userX.getEmail(), Fixture.PASSWORD);
      String base = "/clients/" + fixture.clientX.getId() + "/steps/" + Fixture.OPEN_STEP + "/";
      owner.get(base + "import");
      byte[] csv = "日付,伝票番号,顧客コード,商品名,数量,金額\n2025-01-05,A-1,C1,ブレンド,1,550\n2025-01-06,A-2,C2,ラテ,2,1200\n"
          .getBytes(StandardCharsets.UTF_8);
      WebClient.Response uploaded = owner.postFile(base + "import", "file", "sales.csv", csv, Map.of("kind", "SALES"));
      String uploadId = uploaded.location().replaceAll(".*/import/([^?]+).*", "$1");
      Path folder = host.services().core().get(DataFolder.class).uploads().resolve(String.valueOf(fixture.clientX.getId())).resolve(uploadId);
      assertTrue(Files.isDirectory(folder), "kept while it is being mapped and checked");

      String mapping = section(owner.get(uploaded.location()).body(), "mapping-form");
      WebClient.Response checked = owner.post(base + "import/" + uploadId + "/check", fields(mapping));
      String checkPage = finished(owner, checked.location());
      WebClient.Response run = owner.post(base + "import/" + uploadId + "/run", fields(section(checkPage, "/run\"")));
      finished(owner, run.location());

      assertEquals(2, host.services().core().get(kyokan.core.sales.SalesImportService.class)
          .history(fixture.clientX.getId()).get(0).getRowsImported());
      assertFalse(Files.exists(folder), "deleted once imported");
    }
  }

  /** Waits for the job page to stop refreshing itself. */
  private static String finished(WebClient browser, String jobUrl) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      String page = browser.get(jobUrl).body();
      if (!page.contains("http-equiv=\"refresh\"")) return page;
      Thread.sleep(100);
    }
    throw new AssertionError("job did not finish: " + jobUrl);
  }

  private static String section(String page, String marker) {
    int at = page.indexOf(marker);
    assertTrue(at >= 0, marker + " on the page");
    int start = page.lastIndexOf("<form", at);
    return page.substring(start, page.indexOf("</form>", at));
  }

  private static Map<String, String> fields(String form) {
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
