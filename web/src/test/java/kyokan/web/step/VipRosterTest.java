package kyokan.web.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CustomerSnapshot;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.prediction.VipRetention;
import kyokan.core.prediction.VipRetentionMonth;
import kyokan.core.segmentation.SegmentationService;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 6's roster rules on the demo shop's ledger, each against a figure computed independently in core: the 優良
 * rule's retention equals core's {@link VipRetention} month by month; the top-N % rule lists ⌈N % × buyers of the
 * last 365 days⌉ customers; a removal by hand takes one off and its withdrawal puts them back.
 */
class VipRosterTest {
  private static final String STEP = "vip-treatment";
  @TempDir Path temp;

  @Test
  void theLoyalRulesRetentionIsCoresAndTheTopRuleCountsTheBuyersOfTheYear() {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = new Fixture(host.services());
      f.importDemoSales();
      long clientId = f.clientX.getId();
      WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
      String base = "/clients/" + clientId + "/steps/" + STEP + "/";
      AnalyticsService analytics = host.services().core().get(AnalyticsService.class);
      YearMonth last = analytics.latestCompleteMonth(clientId).orElseThrow();

      List<VipRetentionMonth> core = VipRetention.of(host.services().core().get(SegmentationService.class).cellHistory(clientId, last));
      List<List<String>> rows = rows(consultant.get(base + "retention").body());
      assertEquals(12, rows.size());
      for (int k = 0; k < 12; k++) {
        VipRetentionMonth expected = core.get(core.size() - 12 + k);
        List<String> row = rows.get(k);
        assertEquals(expected.month().toString(), row.get(0));
        assertEquals(Integer.toString(expected.vipsBefore()), row.get(1));
        assertTrue(row.get(2).endsWith("(" + expected.stillVip() + ")"), row.get(2));
        assertTrue(row.get(3).endsWith("(" + expected.lapsed() + ")"), row.get(3));
        assertEquals(Integer.toString(expected.vips()), row.get(4));
        assertEquals(MoneyFormat.percent(expected.vipRevenueShare().getAsDouble()), row.get(5));
      }

      assertEquals(302, consultant.post(base + "roster/rule", Map.of("kind", "TOP_PERCENT", "topPercent", "10",
          "untreatedDays", "60")).status());
      CustomerSnapshot snapshot = analytics.snapshot(clientId, last.atEndOfMonth());
      int buyers = 0;
      for (int c = 0; c < snapshot.customerCount(); c++) if (snapshot.windowPurchases(c) > 0) buyers++;
      String roster = consultant.get(base + "roster").body();
      int top = (int) Math.ceil(buyers * 0.10);
      assertEquals(top, count(roster, "data-testid=\"roster-row\""), "⌈10 % of " + buyers + "⌉");
      assertTrue(consultant.post(base + "roster/rule", Map.of("kind", "TOP_PERCENT", "topPercent", "80",
          "untreatedDays", "60")).body().contains("1〜50"), "a share over 50 % is refused");
      assertEquals(top, count(consultant.get(base + "roster").body(), "data-testid=\"roster-row\""), "nothing saved");

      String code = first(roster, "<tr data-testid=\"roster-row\">\\s*<td>([^<]+)</td>");
      assertEquals(302, consultant.post(base + "roster/picks", Map.of("code", code, "pickKind", "REMOVE", "reason", "転居")).status());
      String removed = consultant.get(base + "roster").body();
      assertEquals(top - 1, count(removed, "data-testid=\"roster-row\""));
      assertTrue(removed.contains("data-testid=\"roster-removed\""));
      String pickId = first(removed, "roster/picks/(\\d+)/withdraw");
      assertEquals(302, consultant.post(base + "roster/picks/" + pickId + "/withdraw", Map.of()).status());
      assertEquals(top, count(consultant.get(base + "roster").body(), "data-testid=\"roster-row\""), "withdrawn: the rule decides again");
      LocalDate before = last.minusMonths(1).atEndOfMonth();
      assertTrue(consultant.get(base + "roster?month=" + YearMonth.from(before)).body().contains(before.toString()));
    }
  }

  private static List<List<String>> rows(String html) {
    Matcher m = Pattern.compile("<tr data-testid=\"retention-row\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
    List<List<String>> rows = new java.util.ArrayList<>();
    while (m.find()) {
      Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(m.group(1));
      List<String> cells = new java.util.ArrayList<>();
      while (cell.find()) cells.add(cell.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip());
      rows.add(cells);
    }
    return rows;
  }

  private static int count(String html, String needle) {
    int n = 0;
    for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) n++;
    return n;
  }

  private static String first(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    assertTrue(m.find(), regex);
    return m.group(1);
  }
}
