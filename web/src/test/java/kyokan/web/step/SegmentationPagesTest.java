package kyokan.web.step;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.sales.Customer;
import kyokan.core.sales.CustomerInput;
import kyokan.core.sales.CustomerService;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SaleLineInput;
import kyokan.core.sales.SalesImportService;
import kyokan.core.segmentation.ThresholdService;
import kyokan.web.cli.AnalyzeCommand;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 3's pages on a ledger small enough to classify by hand, as of 2026-03-31 (defaults: lapse 240 days,
 * tenure 90/210, ¥70,000):
 * A 2025-01-10 ¥50,000 and 2025-09-10 ¥30,000: tenure 243, ¥80,000, last 202 days ago → 優良 (also at February's end);
 * B 2026-02-10 ¥3,000 and 2026-03-05 ¥2,000 → よちよち (初回 at February's end: a promotion);
 * C 2025-06-01 ¥5,000, 303 days → 初回離脱 (272 days at February's end: already lapsed);
 * D 2025-07-15 ¥4,000, 259 days → 初回離脱 (228 days at February's end: 初回, so a lapse this month);
 * E 2026-03-20 ¥1,000 → 初回, new this month; and an anonymous ¥500 on the 31st.
 */
class SegmentationPagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path temp;

  @Test
  void cellsPageCountsEachCellWithItsSharesAndDefinition() {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = shop(host);
      String page = consultant(host).get(base(f) + "cells?month=2026-03").body();
      assertEquals("1", count(page, "LOYAL"));
      assertEquals("1", count(page, "TODDLER"));
      assertEquals("1", count(page, "FIRST_TIMER"));
      assertEquals("2", count(page, "FIRST_TIMER_LAPSED"));
      assertEquals("0", count(page, "STEADY"));
      String loyal = row(page, "cell-LOYAL");
      assertTrue(loyal.contains("20.0%"), "1 of 5 customers: " + loyal);
      assertTrue(loyal.contains("66.7%"), "¥30,000 of the window's ¥45,000: " + loyal);
      assertTrue(loyal.contains("¥40,000"), "¥80,000 over 2 purchases: " + loyal);
      assertTrue(row(page, "cell-FIRST_TIMER_LAPSED").contains("¥4,500"));
      assertTrue(loyal.contains("在籍210日以上、累計¥70,000以上、最後のご購入から240日未満"), "definition with the thresholds: " + loyal);
      assertTrue(page.contains("data-testid=\"chart-cells\""), "the counts over time");
      assertTrue(page.contains("2026-03-31"));
      assertTrue(page.contains("/members/cell-loyal?month=2026-03"), "each count opens its customers");
    }
  }

  @Test
  void previewShowsTheNewCountsBesideTheCurrentOnesAndSavesNothing() {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = shop(host);
      String page = consultant(host).get(base(f) + "thresholds?month=2026-03&preview=1&lapseDays=300&tenureShortDays=90"
          + "&tenureLongDays=210&axis=amount&amountLimit=70000&countLimit=&effectiveFrom=2026-03").body();
      // Lapse at 300 days: C (303) stays lapsed, D (259) is an active first-timer again.
      assertEquals("2", cellText(page, "preview-current-FIRST_TIMER_LAPSED"));
      assertEquals("1", cellText(page, "preview-proposed-FIRST_TIMER_LAPSED"));
      assertEquals("1", cellText(page, "preview-current-FIRST_TIMER"));
      assertEquals("2", cellText(page, "preview-proposed-FIRST_TIMER"));
      assertTrue(page.contains("data-testid=\"save-form\""), "the consultant may save what was previewed");
      assertTrue(page.contains("data-testid=\"reason-lapse\""), "the suggestion says why");
      assertTrue(page.contains("金額: "), "the amount reason in Japanese");
      assertTrue(thresholds(host).history(f.clientX.getId()).entries().isEmpty(), "a preview saves nothing");
    }
  }

  @Test
  void savedThresholdsChangeTheCountsEverywhereAndAreKeptWithWhoSavedThem() throws Exception {
    long clientId;
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = shop(host);
      clientId = f.clientX.getId();
      WebClient consultant = consultant(host);
      consultant.get(base(f) + "thresholds?month=2026-03");
      WebClient.Response saved = consultant.post(base(f) + "thresholds?month=2026-03", form("300", "2026-03"));
      assertEquals(302, saved.status(), saved.body());
      String after = consultant.follow(saved).body();
      assertTrue(after.contains("基準を保存しました"), "says it saved");
      assertTrue(row(after, "history-row").contains("2026-03-01"), "the history shows the effective date");
      assertTrue(row(after, "history-row").contains("離脱 300日"));
      assertEquals(1, thresholds(host).history(clientId).entries().size());

      String cells = consultant.get(base(f) + "cells?month=2026-03").body();
      assertEquals("2", count(cells, "FIRST_TIMER"));
      assertEquals("1", count(cells, "FIRST_TIMER_LAPSED"));
      assertEquals("1", count(consultant.get(base(f) + "cells?month=2026-02").body(), "FIRST_TIMER_LAPSED"),
          "February's end keeps the defaults in force then: C lapsed");
      JsonNode json = JSON.readTree(consultant.get("/clients/" + clientId + "/analysis.json?asOf=2026-03-31").body());
      assertEquals(300, json.get("thresholds").get("lapseDays").asInt(), "step 2 uses the shop's thresholds too");
      assertEquals(2, json.get("cpmCells").get("FIRST_TIMER").asInt());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new AnalyzeCommand(new PrintStream(out, true, StandardCharsets.UTF_8)).run(AnalyzeCommand.parse(
        new String[] {"--client", String.valueOf(clientId), "--as-of", "2026-03-31", "--json"}), TestHost.workplace(temp));
    JsonNode cli = JSON.readTree(out.toString(StandardCharsets.UTF_8));
    assertEquals(2, cli.get("cpmCells").get("FIRST_TIMER").asInt(), "the command line counts under the thresholds in force");
    JsonNode table = cli.get("movement").get("table");
    assertEquals(1, table.get("FIRST_TIMER").get("TODDLER").asInt(), "B's promotion");
    assertEquals(1, table.get("FIRST_TIMER").get("FIRST_TIMER").asInt(), "D stays a first-timer under 300 days");
    assertEquals(1, table.get("NEW_THIS_MONTH").get("FIRST_TIMER").asInt(), "E");
    assertEquals("2026-02-28", cli.get("movement").get("from").asText());
  }

  @Test
  void badInputIsShownAgainWithJapaneseErrorsAndNothingIsSaved() {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = shop(host);
      WebClient consultant = consultant(host);
      consultant.get(base(f) + "thresholds");
      Map<String, String> bad = form("abc", "2026-03");
      bad.put("tenureShortDays", "200");
      bad.put("tenureLongDays", "100");
      bad.put("amountLimit", "");
      WebClient.Response r = consultant.post(base(f) + "thresholds?month=2026-03", bad);
      assertEquals(200, r.status());
      assertEquals("整数で入力してください。", cellText(r.body(), "error-lapseDays"));
      assertTrue(cellText(r.body(), "error-tenureLongDays").contains("短い方の基準以上"));
      assertEquals("入力してください。", cellText(r.body(), "error-amountLimit"));
      assertTrue(r.body().contains("value=\"abc\""), "the form keeps what was typed");
      Map<String, String> unconfirmed = form("300", "2026-03");
      unconfirmed.put("recompute", "on");
      WebClient.Response again = consultant.post(base(f) + "thresholds?month=2026-03", unconfirmed);
      assertTrue(cellText(again.body(), "error-confirm").contains("確認のチェック"), "recomputing history needs the box ticked");
      assertTrue(thresholds(host).history(f.clientX.getId()).entries().isEmpty());
    }
  }

  @Test
  void recomputingHistoryAppliesFromTheFirstSalesMonth() {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = shop(host);
      WebClient consultant = consultant(host);
      consultant.get(base(f) + "thresholds");
      Map<String, String> all = form("300", "2026-03");
      all.put("recompute", "on");
      all.put("confirm", "on");
      assertEquals(302, consultant.post(base(f) + "thresholds?month=2026-03", all).status());
      assertEquals(LocalDate.parse("2025-01-01"),
          thresholds(host).history(f.clientX.getId()).entries().get(0).effectiveFrom(), "A's first sale's month");
      assertEquals("0", count(consultant.get(base(f) + "cells?month=2026-02").body(), "FIRST_TIMER_LAPSED"),
          "February's end recomputed: C at 272 days is no longer lapsed");
    }
  }

  @Test
  void aClientUserMayPreviewButNotSave() {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = shop(host);
      host.services().engagements().setUnlocked(f.engagementX.getId(), "segmentation", true, f.consultantA);
      WebClient owner = host.client().login(f.userX.getEmail(), Fixture.PASSWORD);
      String preview = owner.get(base(f) + "thresholds?month=2026-03&preview=1&lapseDays=300&tenureShortDays=90"
          + "&tenureLongDays=210&axis=amount&amountLimit=70000&effectiveFrom=2026-03").body();
      assertEquals("2", cellText(preview, "preview-proposed-FIRST_TIMER"));
      assertFalse(preview.contains("data-testid=\"save-form\""), "no save button for the owner");
      WebClient.Response refused = owner.post(base(f) + "thresholds?month=2026-03", form("300", "2026-03"));
      assertEquals(403, refused.status(), "the host's guard refuses the owner's save");
      assertTrue(thresholds(host).history(f.clientX.getId()).entries().isEmpty(), "nothing saved");
    }
  }

  @Test
  void movementTableAndTheSentenceToReadOut() {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = shop(host);
      WebClient consultant = consultant(host);
      String page = consultant.get(base(f) + "movement?month=2026-03").body();
      assertEquals("今月は、初回客1人がよちよち客に、初回客1人が離脱しました。", cellText(page, "movement-sentence"));
      assertEquals("1", link(page, "move-FIRST_TIMER-TODDLER"));
      assertEquals("1", link(page, "move-FIRST_TIMER-FIRST_TIMER_LAPSED"));
      assertEquals("1", link(page, "move-LOYAL-LOYAL"));
      assertEquals("1", link(page, "move-FIRST_TIMER_LAPSED-FIRST_TIMER_LAPSED"));
      assertEquals("1", link(page, "move-NEW-FIRST_TIMER"));
      assertEquals("2", cellText(page, "total-FIRST_TIMER_LAPSED"), "columns add up to this month's counts");
      assertTrue(page.contains("2026-02-28 → 2026-03-31"));
      String promoted = consultant.get(base(f) + "members/promotion?month=2026-03").body();
      assertTrue(promoted.contains(">B<"), "the named move opens its customers");
      assertEquals(1, occurrences(promoted, "data-testid=\"member-row\""));
      String entry = consultant.get(base(f) + "members/move-new--first-timer?month=2026-03").body();
      assertTrue(entry.contains(">E<"));
      assertEquals(404, consultant.get(base(f) + "members/move-nowhere--x?month=2026-03").status());
      String earlier = consultant.get(base(f) + "movement?month=2026-02").body();
      assertTrue(cellText(earlier, "movement-sentence").startsWith("2026年2月は、"), "another month is named");
    }
  }

  @Test
  void exportLeavesOutCustomersWithoutConsentAndOpensInShiftJis() {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = shop(host);
      long clientId = f.clientX.getId();
      CustomerService customers = host.services().core().get(CustomerService.class);
      Customer c = byCode(customers, clientId, "C");
      customers.update(clientId, c.getId(), new CustomerInput("C", "髙橋 千代", "タカハシ チヨ", "03-1234-5678",
          "chiyo@example.jp", "150-0001", "東京都渋谷区神宮前1-2-3", null, null, true));
      WebClient consultant = consultant(host);
      String list = consultant.get(base(f) + "members/cell-first-timer-lapsed?month=2026-03").body();
      assertEquals(2, occurrences(list, "data-testid=\"member-row\""));
      assertEquals("連絡の同意がない1人は含めていません。", cellText(list, "without-consent"));

      WebClient.Download utf8 = consultant.download(base(f) + "members/cell-first-timer-lapsed/export?month=2026-03&encoding=utf8");
      assertEquals(200, utf8.status());
      assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(utf8.bytes(), 3));
      String[] rows = new String(utf8.bytes(), StandardCharsets.UTF_8).substring(1).split("\r\n");
      assertEquals(2, rows.length, "header and C only: " + String.join(" | ", rows));
      assertTrue(rows[0].startsWith("顧客コード,お名前,フリガナ,郵便番号,住所,電話番号,メールアドレス"), rows[0]);
      assertTrue(rows[1].startsWith("C,髙橋 千代,タカハシ チヨ,150-0001,東京都渋谷区神宮前1-2-3,03-1234-5678,chiyo@example.jp,初回離脱客,1,5000,2025-06-01,303"), rows[1]);

      WebClient.Download sjis = consultant.download(base(f) + "members/cell-first-timer-lapsed/export?month=2026-03&encoding=sjis");
      String decoded = new String(sjis.bytes(), Charset.forName("windows-31j"));
      assertTrue(decoded.startsWith("顧客コード"), "no BOM in Shift_JIS");
      assertTrue(decoded.contains("C,髙橋 千代,タカハシ チヨ,"), decoded);
      assertTrue(sjis.disposition().contains("-sjis.csv"));

      String everyone = new String(consultant.download(base(f)
          + "members/cell-first-timer-lapsed/export?month=2026-03&encoding=utf8&include=all").bytes(), StandardCharsets.UTF_8);
      assertTrue(everyone.contains("\r\nD,D,,,,,,初回離脱客,1,4000,2025-07-15,259,なし(または未記入)"),
          "everyone on request, without contact details for those who did not agree: " + everyone);
    }
  }

  @Test
  void aCustomersCellsOverTimeOnStep1sCustomerPageAndStep3s() {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = shop(host);
      long clientId = f.clientX.getId();
      Customer b = byCode(host.services().core().get(CustomerService.class), clientId, "B");
      WebClient consultant = consultant(host);
      String record = consultant.get("/clients/" + clientId + "/steps/data-capture/customers/" + b.getId()).body();
      assertTrue(record.contains("data-testid=\"customer-cells\""), "step 1's customer page shows the cells");
      assertTrue(record.contains("2026-03 〜 2026-03") && record.contains("よちよち客"), record);
      assertTrue(record.contains("2026-02 〜 2026-02") && record.contains("初回客"));
      String history = consultant.get(base(f) + "customers/" + b.getId() + "?month=2026-03").body();
      assertEquals(2, occurrences(history, "data-testid=\"stretch\""));
      assertEquals(404, consultant.get(base(f) + "customers/999999").status());
    }
  }

  private static Fixture shop(TestHost host) {
    Fixture f = new Fixture(host.services());
    List<SaleLineInput> lines = List.of(
        line("2025-01-10", "a1", "A", 50_000), line("2025-09-10", "a2", "A", 30_000),
        line("2026-02-10", "b1", "B", 3_000), line("2026-03-05", "b2", "B", 2_000),
        line("2025-06-01", "c1", "C", 5_000), line("2025-07-15", "d1", "D", 4_000),
        line("2026-03-20", "e1", "E", 1_000), line("2026-03-31", "x", null, 500));
    host.services().core().get(SalesImportService.class).importSales(f.clientX.getId(),
        new ImportSource("t.csv", "5".repeat(64), ImportKind.SALES), lines.iterator(), 0, f.consultantA, Progress.NONE);
    return f;
  }

  private static WebClient consultant(TestHost host) {
    return host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
  }

  private static ThresholdService thresholds(TestHost host) {
    return host.services().core().get(ThresholdService.class);
  }

  private static String base(Fixture f) {
    return "/clients/" + f.clientX.getId() + "/steps/segmentation/";
  }

  private static Map<String, String> form(String lapseDays, String effectiveFrom) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("lapseDays", lapseDays);
    form.put("tenureShortDays", "90");
    form.put("tenureLongDays", "210");
    form.put("axis", "amount");
    form.put("amountLimit", "70000");
    form.put("countLimit", "");
    form.put("effectiveFrom", effectiveFrom);
    return form;
  }

  private static Customer byCode(CustomerService customers, long clientId, String code) {
    return customers.list(clientId, null, 1, 50).items().stream().filter(c -> code.equals(c.getCode())).findFirst().orElseThrow();
  }

  private static String count(String html, String cell) {
    return cellText(html, "count-" + cell);
  }

  private static String link(String html, String testId) {
    Matcher m = Pattern.compile("data-testid=\"" + testId + "\"><a [^>]*>([^<]*)<").matcher(html);
    assertTrue(m.find(), testId + " is a link");
    return m.group(1);
  }

  private static String cellText(String html, String testId) {
    Matcher m = Pattern.compile("data-testid=\"" + testId + "\"[^>]*>(?:<strong>)?([^<]*)<").matcher(html);
    assertTrue(m.find(), testId + " on the page");
    return m.group(1).strip();
  }

  private static String row(String html, String testId) {
    int start = html.indexOf("data-testid=\"" + testId + "\"");
    assertTrue(start >= 0, testId + " on the page");
    return html.substring(start, html.indexOf("</tr>", start));
  }

  private static int occurrences(String html, String needle) {
    int n = 0;
    for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) n++;
    return n;
  }

  private static SaleLineInput line(String date, String order, String customer, long amount) {
    return new SaleLineInput(LocalDate.parse(date), null, order, 1, customer, customer, "P1", "ブレンド", 1, amount);
  }
}
