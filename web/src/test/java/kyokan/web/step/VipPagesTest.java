package kyokan.web.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kyokan.core.outreach.Arm;
import kyokan.core.outreach.CampaignService;
import kyokan.core.outreach.Contact;
import kyokan.core.outreach.ContactLog;
import kyokan.core.outreach.ContactSource;
import kyokan.core.outreach.TargetListService;
import kyokan.core.prediction.CustomerValueService;
import kyokan.core.analytics.AnalyticsService;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 6 through the real host and plugin jar on the demo shop's sales: the roster with a hand-picked addition, a
 * treatment logged on a カルテ (and so on the contact log), the shop's notes, the at-risk list turned into a step-4
 * campaign of exactly those customers, and the retention page with its chart.
 */
class VipPagesTest {
  private static final String STEP = "vip-treatment";
  @TempDir Path temp;

  @Test
  void rosterKarteTreatmentAtRiskCampaignAndRetention() {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = new Fixture(host.services());
      f.importDemoSales();
      long clientId = f.clientX.getId();
      WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
      String base = "/clients/" + clientId + "/steps/" + STEP + "/";

      String roster = consultant.get(base + "roster").body();
      int vips = count(roster, "data-testid=\"roster-row\"");
      assertTrue(vips > 0, "the demo shop has 優良 customers");
      String code = "C00001";
      Map<String, String> pick = new LinkedHashMap<>(Map.of("code", code, "pickKind", "ADD", "reason", ""));
      assertTrue(consultant.post(base + "roster/picks", pick).body().contains("理由を書いてください"), "a pick needs a reason");
      pick.put("reason", "毎週来てくださる");
      assertEquals(302, consultant.post(base + "roster/picks", pick).status());
      String after = consultant.get(base + "roster").body();
      boolean alreadyVip = roster.contains(">" + code + "<");
      assertEquals(alreadyVip ? vips : vips + 1, count(after, "data-testid=\"roster-row\""));
      assertTrue(after.contains("毎週来てくださる"));

      long customerId = host.services().core().get(kyokan.core.sales.CustomerService.class)
          .list(clientId, code, 1, 1).items().get(0).getId();
      String karte = consultant.get(base + "customers/" + customerId).body();
      assertTrue(karte.contains("data-testid=\"karte-vip\""), "added by hand: a VIP");
      String perk = first(karte, "<option value=\"(\\d+)\"");
      Map<String, String> treatment = new LinkedHashMap<>(Map.of("perk", perk, "on", LocalDate.now().toString(),
          "givenBy", "佐倉 陽子", "cost", "", "note", "手書きでお礼"));
      assertEquals(302, consultant.post(base + "customers/" + customerId + "/treatments", treatment).status());
      List<Contact> contacts = host.services().core().get(ContactLog.class).forCustomer(clientId, customerId);
      assertEquals(1, contacts.stream().filter(c -> c.getSource() == ContactSource.TREATMENT).count(), "the treatment joins the contacts");
      assertTrue(consultant.get(base + "customers/" + customerId).body().contains("手書きでお礼"));
      treatment.put("on", LocalDate.now().plusDays(5).toString());
      assertTrue(consultant.post(base + "customers/" + customerId + "/treatments", treatment).body().contains("まだ来ていない日付"));
      assertEquals(1, host.services().core().get(ContactLog.class).forCustomer(clientId, customerId).size(), "nothing written");

      Map<String, String> notes = Map.of("notes", "ナッツのアレルギー", "birthday", "1980-04-01", "version", "");
      assertEquals(302, consultant.post(base + "customers/" + customerId + "/notes", notes).status());
      assertTrue(consultant.get(base + "customers/" + customerId).body().contains("ナッツのアレルギー"));

      String atRisk = consultant.get(base + "at-risk").body();
      int risky = count(atRisk, "data-testid=\"at-risk-row\"");
      LocalDate asOf = host.services().core().get(AnalyticsService.class).latestCompleteMonth(clientId).orElseThrow().atEndOfMonth();
      var values = host.services().core().get(CustomerValueService.class).values(clientId, asOf);
      if (risky > 0) {
        WebClient.Response made = consultant.post(base + "at-risk/campaign", Map.of());
        assertEquals(302, made.status());
        assertTrue(made.location().contains("/steps/segment-follow-up/campaigns/"), made.location());
        long campaignId = Long.parseLong(made.location().replaceAll(".*/", ""));
        var campaign = host.services().core().get(CampaignService.class).get(clientId, campaignId);
        var members = host.services().core().get(TargetListService.class).members(clientId, campaign.getTargetListId());
        assertEquals(risky, members.size(), "the list is exactly the VIPs at risk");
        for (var m : members) assertTrue(values.customer(m.customerId()).orElseThrow().atRisk());
        assertTrue(members.stream().noneMatch(m -> m.arm() == null || m.arm() == Arm.NO_ADDRESS && false));
      } else {
        assertTrue(atRisk.contains("data-testid=\"at-risk-none\""));
      }

      String retention = consultant.get(base + "retention").body();
      assertTrue(retention.contains("<svg"), "the chart is drawn on the server");
      assertEquals(12, count(retention, "data-testid=\"retention-row\""));
      assertTrue(retention.contains("効果の証明ではありません"), "labelled as observational");
      assertFalse(retention.contains("style="), "no inline style (CSP)");
      assertTrue(consultant.get(base + "how").body().contains("BG/NBD"));
      assertEquals(200, consultant.get(base + "perks").status());
      assertEquals(200, consultant.get(base + "treatments").status());

      host.services().engagements().setUnlocked(f.engagementX.getId(), STEP, true, f.consultantA);
      String engagement = "/clients/" + clientId + "/engagements/" + f.engagementX.getId();
      String meeting = consultant.follow(consultant.post(engagement + "/meetings",
          Map.of("month", java.time.YearMonth.now().toString()))).body();
      assertTrue(meeting.contains("日以上おもてなしがありません"), "the agenda names the untreated VIPs");
      host.services().core().get(kyokan.core.cockpit.ClientSummaryService.class).refresh(clientId);
      String home = host.client().login("x@test.kyokan.jp", Fixture.PASSWORD).get("/clients/" + clientId).body();
      assertTrue(home.contains("おもてなしが途切れている優良客"), "the shop's home page shows the alert");
      assertTrue(home.contains(base + "treatments"), "as a link to the list");
    }
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
