package kyokan.web.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kyokan.core.demo.DemoShopGenerator;
import kyokan.core.demo.DemoShopSpec;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.outreach.ContactLog;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SalesImportService;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 4 through the real host and plugin jar, on the demo shop's customers and sales: a campaign previewed,
 * created with the previewed draw, printed for the contacted customers only, sent (one contact each), and the
 * same figures on the page and in campaigns.json.
 */
class FollowUpPagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STEP = "segment-follow-up";
  @TempDir Path temp;

  @Test
  void aCampaignIsPreviewedCreatedPrintedSentAndReadTheSameOnPageAndJson() throws Exception {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = shop(host);
      WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
      String base = "/clients/" + f.clientX.getId() + "/steps/" + STEP + "/";
      String month = YearMonth.now().minusMonths(2).toString();
      consultant.get(base + "campaigns/new");
      Map<String, String> form = campaignForm(month, YearMonth.now().minusMonths(1).atDay(3).toString());
      String preview = consultant.post(base + "campaigns/new", form).body();
      assertTrue(preview.contains("data-testid=\"campaign-preview-result\""), "the list is shown before it is frozen");
      String seed = value(preview, "seed");
      int previewContacted = Integer.parseInt(text(preview, "preview-contacted"));
      int previewHeld = Integer.parseInt(text(preview, "preview-held-out"));
      assertTrue(previewContacted > 0 && previewHeld > 0);

      form.put("seed", seed);
      form.put("create", "1");
      WebClient.Response created = consultant.post(base + "campaigns/new", form);
      assertEquals(302, created.status(), created.body());
      String page = consultant.follow(created).body();
      assertEquals(String.valueOf(previewContacted), text(page, "count-contacted"), "the list created is the list previewed");
      assertEquals(String.valueOf(previewHeld), text(page, "count-held-out"));
      String campaignPath = created.location().replaceAll("\\?.*", "");

      WebClient.Download labels = consultant.download(campaignPath + "/labels.pdf");
      assertEquals("application/pdf", labels.contentType());
      try (PDDocument doc = Loader.loadPDF(labels.bytes())) {
        assertEquals((previewContacted + 11) / 12, doc.getNumberOfPages(), "12 labels a sheet, the contacted only");
      }
      String csv = new String(consultant.download(campaignPath + "/mailmerge.csv").bytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(previewContacted + 1, csv.strip().split("\r?\n").length, "a header and one row per contacted customer");

      assertEquals(302, consultant.post(campaignPath + "/send", Map.of()).status());
      JsonNode json = JSON.readTree(consultant.get(base + "campaigns.json").body());
      JsonNode c = json.get("campaigns").get(0);
      assertEquals("JPY", json.get("currency").asText());
      assertEquals(previewContacted, c.get("counts").get("contacted").asInt());
      assertEquals(previewHeld, c.get("counts").get("heldOut").asInt());
      assertTrue(c.get("sent").asBoolean());
      String shown = consultant.get(campaignPath).body();
      JsonNode arm = c.get("arms").get("contacted");
      assertEquals(String.valueOf(arm.get("responders").asInt()), text(shown, "responders-contacted"));
      assertEquals(String.format(java.util.Locale.ROOT, "%.1f%%", arm.get("responseRate").asDouble() * 100),
          text(shown, "rate-contacted"));
      assertEquals(String.format(java.util.Locale.ROOT, "%+.1fpt 〜 %+.1fpt",
          c.get("comparison").get("intervalLower").asDouble() * 100, c.get("comparison").get("intervalUpper").asDouble() * 100),
          text(shown, "result-interval"), "the page shows the interval the JSON gives");

      int logged = 0;
      ContactLog log = host.services().core().get(ContactLog.class);
      for (long id : contacted(host, f, c.get("id").asLong())) logged += log.forCustomer(f.clientX.getId(), id).size();
      assertEquals(previewContacted, logged, "sending logs one contact per contacted customer");
    }
  }

  @Test
  void theShopSeesStepFourOnlyOnceItIsUnlockedAndNeverAnotherClientsCampaigns() {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = new Fixture(host.services());
      WebClient owner = host.client().login("x@test.kyokan.jp", Fixture.PASSWORD);
      String path = "/clients/" + f.clientX.getId() + "/steps/" + STEP + "/campaigns.json";
      assertEquals(403, owner.get(path).status(), "locked");
      host.services().engagements().setUnlocked(f.engagementX.getId(), STEP, true, f.consultantA);
      assertEquals(200, owner.get(path).status());
      assertEquals(403, owner.get("/clients/" + f.clientY.getId() + "/steps/" + STEP + "/campaigns.json").status());
    }
  }

  @Test
  void aContactLoggedByHandJoinsTheTimeline() {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = shop(host);
      WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
      long customerId = host.services().core().get(kyokan.core.sales.CustomerService.class)
          .list(f.clientX.getId(), "C00001", 1, 1).items().get(0).getId();
      String timeline = "/clients/" + f.clientX.getId() + "/steps/" + STEP + "/customers/" + customerId;
      consultant.get(timeline);
      Map<String, String> contact = new LinkedHashMap<>();
      contact.put("channel", "PHONE");
      contact.put("on", LocalDate.now().toString());
      contact.put("note", "新しい豆のご案内をお電話で。<script>alert(1)</script>");
      WebClient.Response r = consultant.post(timeline + "/contacts", contact);
      assertEquals(302, r.status(), r.body());
      String page = consultant.follow(r).body();
      assertTrue(page.contains("data-testid=\"timeline-contact\""), "the contact is on the timeline");
      assertTrue(page.contains("&lt;script&gt;"), "a note is shown as text");
      assertTrue(page.contains("data-testid=\"timeline-order\""), "purchases too");
      contact.put("on", "2999-01-01");
      WebClient.Response future = consultant.post(timeline + "/contacts", contact);
      assertTrue(future.body().contains("未来の日付"), "a future date is refused with a reason");
      assertEquals(1, host.services().core().get(ContactLog.class).forCustomer(f.clientX.getId(), customerId).size(),
          "and nothing is logged");
    }
  }

  @Test
  void theDemoMeetingAgendaNamesTheCampaignResultThatCameIn() {
    try (TestHost host = TestHost.start(temp)) {
      new kyokan.web.demo.DemoClient(host.services()).ensure();
      var consultant = host.services().accounts().findByEmail(kyokan.web.demo.DemoClient.CONSULTANT_EMAIL).orElseThrow();
      var client = host.services().clients().clientsOf(consultant).stream()
          .filter(c -> c.getName().equals(kyokan.web.demo.DemoClient.NAME)).findFirst().orElseThrow();
      var engagement = host.services().engagements().current(client.getId()).orElseThrow();
      var meeting = host.services().core().get(kyokan.core.meeting.MeetingService.class)
          .open(engagement, YearMonth.now(host.services().clock()), consultant);
      String page = host.client().login(kyokan.web.demo.DemoClient.CONSULTANT_EMAIL, kyokan.web.demo.DemoClient.CONSULTANT_PASSWORD)
          .get("/clients/" + client.getId() + "/engagements/" + engagement.getId() + "/meetings/" + meeting.getId()).body();
      assertTrue(page.contains("data-testid=\"agenda-step-notes\""), "step 4 adds to the agenda");
      assertTrue(page.contains("「お久しぶりはがき(よちよち・コツコツ離脱)」の結果: "), "the demo campaign's result came in");
    }
  }

  private static java.util.List<Long> contacted(TestHost host, Fixture f, long campaignId) {
    var campaign = host.services().core().get(kyokan.core.outreach.CampaignService.class).get(f.clientX.getId(), campaignId);
    return host.services().core().get(kyokan.core.outreach.TargetListService.class)
        .members(f.clientX.getId(), campaign.getTargetListId()).stream()
        .filter(m -> m.arm() == kyokan.core.outreach.Arm.CONTACTED).map(kyokan.core.outreach.TargetMember::customerId).toList();
  }

  /** Client X with the demo shop's customers (names, addresses, consent) and sales, and step 4 unlocked. */
  static Fixture shop(TestHost host) {
    Fixture f = new Fixture(host.services());
    LocalDate end = YearMonth.now().minusMonths(1).atEndOfMonth();
    DemoShopGenerator shop = new DemoShopGenerator(DemoShopSpec.sakuraCoffee(end));
    host.services().core().get(SalesImportService.class).importCustomers(f.clientX.getId(),
        new ImportSource("customers.csv", "c".repeat(64), ImportKind.CUSTOMERS), shop.customers().iterator(), 0, f.userX,
        Progress.NONE);
    f.importDemoSales();
    host.services().engagements().setUnlocked(f.engagementX.getId(), STEP, true, f.consultantA);
    return f;
  }

  private static Map<String, String> campaignForm(String month, String sendDate) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", "初回離脱客へのお便り");
    form.put("cells", "FIRST_TIMER_LAPSED");
    form.put("month", month);
    form.put("channel", "POSTCARD");
    form.put("sendDate", sendDate);
    form.put("cost", "85");
    form.put("window", "30");
    form.put("holdout", "20");
    form.put("message", "{氏名}様 お元気ですか。");
    form.put("preview", "1");
    return form;
  }

  private static String text(String page, String testId) {
    Matcher m = Pattern.compile("data-testid=\"" + testId + "\"[^>]*>([^<]*)<").matcher(page);
    assertTrue(m.find(), testId + " not on the page");
    return m.group(1).strip();
  }

  private static String value(String page, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
    assertTrue(m.find(), name);
    return m.group(1);
  }
}
