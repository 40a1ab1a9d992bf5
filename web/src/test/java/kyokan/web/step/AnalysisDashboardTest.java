package kyokan.web.step;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SaleLineInput;
import kyokan.core.sales.SalesImportService;
import kyokan.web.cli.AnalyzeCommand;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 2's dashboard, drill-downs, CSV exports and JSON, on a ledger small enough to compute by hand. */
class AnalysisDashboardTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path temp;

  @Test
  void thePageTheJsonAndTheCommandLineSayTheSame() throws Exception {
    long clientId;
    JsonNode served;
    String dashboard;
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = new Fixture(host.services());
      clientId = f.clientX.getId();
      // March 2025: A's first order. March 2026: A's repeat ¥2,000, B's first ¥500, an anonymous ¥500 on the 31st.
      importLines(host, f, List.of(line("2025-03-10", "1", "A", 1_000), line("2026-03-05", "2", "A", 2_000),
          line("2026-03-20", "3", "B", 500), line("2026-03-31", "4", null, 500)));
      WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);

      WebClient.Response page = consultant.get("/clients/" + clientId + "/steps/analysis/dashboard");
      assertEquals(200, page.status());
      dashboard = page.body();
      assertTrue(dashboard.contains("2026-03-31"), "defaults to the last complete month, March 2026");
      assertEquals("¥3,000", value(dashboard, "revenue"));
      assertEquals("83.3%", value(dashboard, "capture"), "¥2,500 of ¥3,000 from known customers");
      assertEquals("80.0%", value(dashboard, "q1"), "A's ¥2,000 repeat of ¥2,500");
      assertEquals("20.0%", value(dashboard, "q2"));
      assertTrue(row(dashboard, "q1").contains("¥2,000 ÷ ¥2,500"), "says what the share is made of");
      // The month before had no sales; a year before, A's first order made all the revenue new.
      assertTrue(row(dashboard, "q2").matches("(?s).*>–</td>\\s*<td class=\"num\">100.0%</td>.*"), row(dashboard, "q2"));
      assertTrue(dashboard.contains("定義"), "definitions stand beside the figures");

      served = JSON.readTree(consultant.get("/clients/" + clientId + "/analysis.json?asOf=2026-03-31").body());
      assertEquals("2026-03-31", served.get("asOf").asText());
      JsonNode refused = JSON.readTree(consultant.get("/clients/" + clientId + "/analysis.json?asOf=1999-01-01").body());
      assertTrue(refused.get("error").asText().contains("2025-03 to 2026-03"), refused.toString());
    }
    // The command line, on the same data folder once the server has let go of it.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AnalyzeCommand(new PrintStream(out, true, StandardCharsets.UTF_8)).run(AnalyzeCommand.parse(
        new String[] {"--client", String.valueOf(clientId), "--as-of", "2026-03-31", "--json"}), TestHost.workplace(temp));
    assertEquals(served, JSON.readTree(out.toString(StandardCharsets.UTF_8)));
    // And the page shows the JSON's numbers.
    assertEquals(MoneyFormat.percent(served.get("q1RepeatShare").asDouble()), value(dashboard, "q1"));
    assertEquals(MoneyFormat.percent(served.get("captureRate").asDouble()), value(dashboard, "capture"));
    assertEquals(MoneyFormat.format(served.get("revenueMinor").asLong(), "JPY"), value(dashboard, "revenue"));
    assertEquals(served.get("q3Lapsing").get("days60to89").asText(), value(dashboard, "q3_60"));
    assertEquals(served.get("q6ActiveLoyalCustomers").asText(), value(dashboard, "q6"));
  }

  @Test
  void drillDownsSortPageAndExportInBothEncodings() throws Exception {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = new Fixture(host.services());
      long clientId = f.clientX.getId();
      // 60 first-time customers in March 2026, K00 spending ¥100 … K59 ¥6,000; 髙橋 needs Windows' Shift_JIS.
      List<SaleLineInput> lines = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        lines.add(new SaleLineInput(LocalDate.parse("2026-03-15"), null, "o" + i, 1, String.format("K%02d", i),
            i == 0 ? "髙橋" : "客" + i, "P1", "ブレンド", 1, 100L * (i + 1)));
      }
      lines.add(line("2026-03-31", "x", null, 500));
      importLines(host, f, lines);
      WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
      String base = "/clients/" + clientId + "/steps/analysis/customers/new-customers?month=2026-03";

      String first = consultant.get(base).body();
      assertTrue(first.contains("60人"), "the count");
      assertEquals(50, count(first, "data-testid=\"drill-row\""), "50 to a page");
      assertTrue(first.indexOf(">K59<") < first.indexOf(">K58<"), "biggest spender first by default");
      assertTrue(first.contains("1 / 2 ページ"));
      String second = consultant.get(base + "&sort=amount&desc=true&page=2").body();
      assertEquals(10, count(second, "data-testid=\"drill-row\""));
      assertTrue(second.contains(">K00<"));
      String byCode = consultant.get(base + "&sort=code&desc=false").body();
      assertTrue(byCode.indexOf(">K00<") < byCode.indexOf(">K01<"));

      WebClient.Download utf8 = consultant.download(
          "/clients/" + clientId + "/steps/analysis/customers/new-customers/export?month=2026-03&sort=code&desc=false&encoding=utf8");
      assertEquals(200, utf8.status());
      assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(utf8.bytes(), 3));
      String[] rows = new String(utf8.bytes(), StandardCharsets.UTF_8).substring(1).split("\r\n");
      assertEquals(61, rows.length, "header + every customer, not just a page");
      assertTrue(rows[0].startsWith("顧客コード,お名前"), rows[0]);
      assertEquals("K00,髙橋,2026-03-15,2026-03-15,1,100,100,16,初回客", rows[1]);
      assertTrue(utf8.disposition().contains("analysis-new-customers-2026-03.csv"), utf8.disposition());

      WebClient.Download sjis = consultant.download(
          "/clients/" + clientId + "/steps/analysis/customers/new-customers/export?month=2026-03&sort=code&desc=false&encoding=sjis");
      String decoded = new String(sjis.bytes(), Charset.forName("windows-31j"));
      assertTrue(decoded.startsWith("顧客コード"), "no BOM in Shift_JIS");
      assertTrue(decoded.contains("K00,髙橋,"), decoded.substring(0, 120));

      String cohorts = new String(consultant.download("/clients/" + clientId
          + "/steps/analysis/tables/cohorts/export?month=2026-03&encoding=utf8").bytes(), StandardCharsets.UTF_8);
      assertTrue(cohorts.contains("2026-03,60,100.0%"), cohorts);
      assertEquals(404, consultant.get("/clients/" + clientId + "/steps/analysis/customers/nobody?month=2026-03").status());
      assertEquals(404, consultant.get("/clients/" + clientId + "/steps/analysis/tables/nothing/export").status());
    }
  }

  private static void importLines(TestHost host, Fixture f, List<SaleLineInput> lines) {
    host.services().core().get(SalesImportService.class).importSales(f.clientX.getId(),
        new ImportSource("t.csv", "c".repeat(64), ImportKind.SALES), lines.iterator(), 0, f.consultantA, Progress.NONE);
  }

  private static String value(String html, String id) {
    Matcher m = Pattern.compile("data-testid=\"value-" + id + "\">(?:<a [^>]*>)?([^<]*)<").matcher(html);
    assertTrue(m.find(), "figure " + id + " on the page");
    return m.group(1);
  }

  private static String row(String html, String id) {
    int start = html.indexOf("data-testid=\"figure-" + id + "\"");
    return html.substring(start, html.indexOf("</tr>", start));
  }

  private static int count(String html, String needle) {
    int n = 0;
    for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) n++;
    return n;
  }

  private static SaleLineInput line(String date, String order, String customer, long amount) {
    return new SaleLineInput(LocalDate.parse(date), null, order, 1, customer, customer, "P1", "ブレンド", 1, amount);
  }
}
