package kyokan.web.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kyokan.core.outreach.ContactLog;
import kyokan.core.publicaccess.PublicRequestLimit;
import kyokan.core.sales.CustomerService;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 7 through the real host and plugin jar on the demo shop's customers: a survey answered through its public
 * page without login (and the page's abuse refused), its NPS and comment answered; a club with members and cards;
 * its QR code and cards for the shop only; an event with invitations from cells, printed, attendance recorded; an introduction; summary.json agreeing.
 */
class CommunityPagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STEP = "community";
  private static final Pattern PUBLIC_LINK = Pattern.compile("data-testid=\"public-link\">(/v/community/[A-Za-z0-9_-]{43})<");
  @TempDir Path temp;

  @Test
  void aSurveyIsAnsweredWithoutLoginAndItsCommentAnswered() throws Exception {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = shop(host);
      WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
      String base = base(f);
      consultant.get(base + "voice");
      WebClient.Response made = consultant.post(base + "voice/surveys",
          Map.of("title", "店内アンケート", "question1", "好きな豆は?", "kind1", "TEXT", "question2", "居心地は?", "kind2", "SCALE"));
      assertEquals(302, made.status(), made.body());
      String surveyPage = consultant.follow(made).body();
      Matcher link = PUBLIC_LINK.matcher(surveyPage);
      assertTrue(link.find(), "the survey page shows its public link");
      String publicPath = link.group(1);

      WebClient visitor = host.client();
      WebClient.Response form = visitor.get(publicPath);
      assertEquals(200, form.status());
      assertTrue(form.body().contains("店内アンケート") && form.body().contains("好きな豆は?"));
      assertFalse(form.body().contains(f.clientX.getName()), "the shop did not choose to show its name");
      assertFalse(form.body().contains("/clients/"), "no link into the workbench");
      assertEquals(kyokan.web.http.SecurityHeaders.CONTENT_SECURITY_POLICY,
          visitor.lastHeaders().firstValue("Content-Security-Policy").orElse(""), "the same policy as every page");
      assertEquals("DENY", visitor.lastHeaders().firstValue("X-Frame-Options").orElse(""));

      Map<String, String> answer = new LinkedHashMap<>();
      answer.put("recommend", "9");
      answer.put("q1", "エチオピア");
      answer.put("q2", "5");
      answer.put("comment", "<script>alert(1)</script>席がもっとあると嬉しい");
      answer.put("memberNo", "");
      answer.put("customerId", "1");
      WebClient.Response sent = visitor.post(publicPath, answer);
      assertEquals(302, sent.status(), sent.body());
      assertTrue(visitor.follow(sent).body().contains("data-testid=\"public-thanks\""));

      answer.put("recommend", "11");
      assertTrue(visitor.post(publicPath, answer).body().contains("data-testid=\"public-errors\""), "a score off the scale is refused");
      answer.put("recommend", "3");
      answer.put("comment", "あ".repeat(1001));
      WebClient.Response tooLong = visitor.post(publicPath, answer);
      assertTrue(tooLong.body().contains("data-testid=\"public-errors\""), "a comment over 1,000 characters is refused");
      answer.put("comment", "x".repeat(PUBLIC_BODY));
      assertEquals(413, visitor.post(publicPath, answer).status(), "a body over the public limit is refused before it is read");
      assertEquals(404, visitor.get("/v/community/" + "A".repeat(43)).status(), "a guessed token is a plain 404");
      assertEquals(404, visitor.get("/v/community/../../clients").status());

      String results = consultant.get(made.location()).body();
      assertEquals("+100.0", text(results, "nps"), "one answer of 9: all promoters");
      assertEquals("1", text(results, "responses"), "the refused answers stored nothing");
      assertTrue(results.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the comment is shown as text");

      String voice = consultant.get(base + "voice").body();
      Matcher replyForm = Pattern.compile("action=\"(" + Pattern.quote(base) + "voice/responses/\\d+/reply)\"").matcher(voice);
      assertTrue(replyForm.find(), "the comment waits for an answer");
      assertEquals(302, consultant.post(replyForm.group(1), Map.of("reply", "ありがとうございます", "action", "席を2つ増やしました", "back", "")).status());
      assertTrue(consultant.get(base + "voice").body().contains("data-testid=\"unanswered-none\""), "answered: the list is empty");

      JsonNode json = JSON.readTree(consultant.get(base + "summary.json").body());
      JsonNode all = json.get("surveys").get("all");
      assertEquals(1, all.get("responses").asInt());
      assertEquals(100.0, all.get("nps").asDouble());
      assertEquals(0, all.get("unansweredComments").asInt());

      assertEquals(302, consultant.post(made.location() + "/close", Map.of()).status());
      assertEquals(404, visitor.get(publicPath).status(), "a closed survey's link is a plain 404");
    }
  }

  @Test
  void anOpenSurveyShowsAQrCodeOfItsFullAddressToItsShopOnly() throws Exception {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = shop(host);
      WebClient owner = host.client().login("x@test.kyokan.jp", Fixture.PASSWORD);
      String base = base(f);
      owner.get(base + "voice");
      WebClient.Response made = owner.post(base + "voice/surveys", Map.of("title", "店内アンケート", "question1", "好きな豆は?", "kind1", "TEXT"));
      assertEquals(302, made.status(), made.body());
      String surveyPath = made.location();
      String page = owner.get(surveyPath).body();
      Matcher link = PUBLIC_LINK.matcher(page);
      assertTrue(link.find());
      String url = host.baseUrl() + link.group(1);
      assertEquals(url, text(page, "public-url"), "the address as the shop reached the workbench");

      WebClient.Download png = owner.download(surveyPath + "/qr.png");
      assertEquals("image/png", png.contentType());
      assertEquals(url, decode(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.bytes()))));
      WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
      assertEquals(png.bytes().length, consultant.download(surveyPath + "/qr.png").bytes().length, "the consultant sees it too");
      WebClient.Download cards = owner.download(surveyPath + "/cards.pdf");
      try (PDDocument pdf = Loader.loadPDF(cards.bytes())) {
        java.awt.image.BufferedImage sheet = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 200);
        double px = 200 / 25.4;
        // The first card (91 × 55 mm, centred on A4 at 14 mm, 11 mm) with the code at its right.
        assertEquals(url, decode(sheet.getSubimage((int) (14 * px), (int) (11 * px), (int) (91 * px), (int) (55 * px))));
        assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).contains("ご意見をお聞かせください"));
      }

      assertEquals(403, host.client().login("y@test.kyokan.jp", Fixture.PASSWORD).download(surveyPath + "/qr.png").status(),
          "another shop's user");
      assertEquals(403, host.client().login("b@test.kyokan.jp", Fixture.PASSWORD).download(surveyPath + "/cards.pdf").status(),
          "another consultant");
      assertFalse(host.client().download(surveyPath + "/qr.png").contentType().startsWith("image/"), "nobody without login");

      assertEquals(302, owner.post(surveyPath + "/close", Map.of()).status());
      String closed = owner.get(surveyPath).body();
      assertFalse(closed.contains("data-testid=\"survey-qr\""), "a closed survey shows no code");
      assertTrue(closed.contains("data-testid=\"survey-qr-closed\""));
      assertEquals(404, owner.download(surveyPath + "/qr.png").status());
      assertEquals(404, owner.download(surveyPath + "/cards.pdf").status());
    }
  }

  private static String decode(java.awt.image.BufferedImage image) throws Exception {
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    var source = new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
    return new com.google.zxing.qrcode.QRCodeReader()
        .decode(new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(source))).getText();
  }

  private static final int PUBLIC_BODY = kyokan.core.step.PublicRoutes.MAX_BODY_BYTES;

  @Test
  void aFloodFromOneAddressIsRefused() {
    try (TestHost host = TestHost.start(temp)) {
      WebClient visitor = host.client();
      for (int i = 0; i < PublicRequestLimit.LIMIT; i++) {
        assertEquals(404, visitor.get("/v/community/guess-" + i).status(), "request " + i + " is answered");
      }
      assertEquals(429, visitor.get("/v/community/guess-x").status(), "past the limit the address is refused");
      assertEquals(200, visitor.get("/login").status(), "the rest of the workbench is not affected");
    }
  }

  @Test
  void anEventInvitesTheGroupsPrintsAndRecordsAttendance() throws Exception {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = shop(host);
      WebClient owner = host.client().login("x@test.kyokan.jp", Fixture.PASSWORD);
      String base = base(f);
      owner.get(base + "events");
      WebClient.Response created = owner.post(base + "events", Map.of("title", "新豆のテイスティング会", "kind", "TASTING",
          "date", YearMonth.now().minusMonths(1).atDay(10).toString(), "place", "店内", "capacity", "20", "cost", "12000"));
      assertEquals(302, created.status(), created.body());
      String eventPath = created.location();
      owner.get(eventPath);
      Map<String, String> invite = new LinkedHashMap<>();
      invite.put("cells", "LOYAL");
      invite.put("asOf", YearMonth.now().minusMonths(2).atEndOfMonth().toString());
      invite.put("channel", "LETTER");
      invite.put("sentOn", YearMonth.now().minusMonths(2).atDay(20).toString());
      invite.put("text", "{氏名}様 「{催し}」にお越しください。");
      WebClient.Response invited = owner.post(eventPath + "/invite", invite);
      assertEquals(302, invited.status(), invited.body());
      int count = Integer.parseInt(invited.location().replaceAll(".*invited=", ""));
      assertTrue(count > 0);

      try (PDDocument letters = Loader.loadPDF(owner.download(eventPath + "/letters.pdf").bytes())) {
        assertEquals(count, letters.getNumberOfPages(), "one letter per invited customer");
      }
      String csv = new String(owner.download(eventPath + "/invitations.csv").bytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(count + 1, csv.strip().split("\r?\n").length);

      String page = owner.get(eventPath).body();
      Matcher guests = Pattern.compile("data-testid=\"came-(\\d+)\"").matcher(page);
      List<String> ids = guests.results().map(m -> m.group(1)).toList();
      assertEquals(count, ids.size());
      Map<String, String> attendance = new LinkedHashMap<>();
      attendance.put("reply." + ids.get(0), "YES");
      attendance.put("attended", ids.get(0));
      assertEquals(302, owner.post(eventPath + "/attendance", attendance).status());

      JsonNode event = JSON.readTree(owner.get(base + "summary.json").body()).get("events").get(0);
      assertEquals(count, event.get("invited").asInt());
      assertEquals(1, event.get("replied").asInt());
      assertEquals(1, event.get("attended").asInt());
      assertEquals(2, host.services().core().get(ContactLog.class).forCustomer(f.clientX.getId(), Long.parseLong(ids.get(0))).size(),
          "the invitation and the attendance are on the customer's record");
      assertEquals("1", text(owner.get(eventPath).body(), "outcome-attendees"));
    }
  }

  @Test
  void aClubWithMembersAndAnIntroductionAreRecorded() throws Exception {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = shop(host);
      WebClient owner = host.client().login("x@test.kyokan.jp", Fixture.PASSWORD);
      String base = base(f);
      owner.get(base + "club");
      assertEquals(302, owner.post(base + "club", Map.of("name", "珈琲倶楽部", "howToJoin", "3回目のご来店で", "perks", "新豆の先行案内")).status());
      owner.get(base + "club");
      assertEquals(302, owner.post(base + "club/members", Map.of("customerCode", "C00001", "joinedOn", "2026-01-10", "joinedHow", "店頭")).status());
      assertTrue(owner.post(base + "club/members", Map.of("customerCode", "C00001", "joinedOn", "2026-01-10", "joinedHow", ""))
          .body().contains("すでに会員"), "a customer joins once");
      assertTrue(owner.post(base + "club/members", Map.of("customerCode", "NOPE", "joinedOn", "2026-01-10", "joinedHow", ""))
          .body().contains("見つかりません"));
      try (PDDocument cards = Loader.loadPDF(owner.download(base + "club/cards.pdf?qr=1").bytes())) {
        assertEquals(1, cards.getNumberOfPages());
      }
      owner.get(base + "introductions");
      assertEquals(302, owner.post(base + "introductions/codes", Map.of("introducer", "C00001")).status());
      String page = owner.get(base + "introductions").body();
      Matcher code = Pattern.compile("<code>([A-Z0-9]{6})</code>").matcher(page);
      assertTrue(code.find());
      assertEquals(302, owner.post(base + "introductions", Map.of("customerCode", "C00002", "introducedBy", code.group(1).toLowerCase())).status());
      JsonNode json = JSON.readTree(owner.get(base + "summary.json").body());
      assertEquals(1, json.get("members").get("count").asInt());
      long introducer = host.services().core().get(CustomerService.class).list(f.clientX.getId(), "C00001", 1, 1).items().get(0).getId();
      assertEquals(introducer, json.get("introductions").get("perIntroducer").get(0).get("customerId").asLong());
      assertEquals(1, json.get("introductions").get("total").asInt());
      assertEquals(200, owner.get(base + "figures").status());
    }
  }

  private static String base(Fixture f) {
    return "/clients/" + f.clientX.getId() + "/steps/" + STEP + "/";
  }

  private static Fixture shop(TestHost host) {
    Fixture f = FollowUpPagesTest.shop(host);
    host.services().engagements().setUnlocked(f.engagementX.getId(), STEP, true, f.consultantA);
    return f;
  }

  private static String text(String page, String testId) {
    Matcher m = Pattern.compile("data-testid=\"" + testId + "\"[^>]*>([^<]*)<").matcher(page);
    assertTrue(m.find(), testId + " not on the page");
    return m.group(1).strip();
  }
}
