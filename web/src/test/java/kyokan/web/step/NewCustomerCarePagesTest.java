package kyokan.web.step;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kyokan.core.importing.ImportKind;
import kyokan.core.jobs.Progress;
import kyokan.core.outreach.ContactLog;
import kyokan.core.sales.CustomerInput;
import kyokan.core.sales.CustomerService;
import kyokan.core.sales.ImportSource;
import kyokan.core.sales.SaleLineInput;
import kyokan.core.sales.SalesImportService;
import kyokan.web.support.Fixture;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 5 through the real host and plugin jar: the sequence saved, three new customers enrolled by reading the due
 * list, their postcards printed with each one's text, one marked done (one contact logged), and results.json giving
 * the counts the page shows.
 */
class NewCustomerCarePagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STEP = "new-customer-care";
  @TempDir Path temp;

  @Test
  void theSequenceIsSavedNewCustomersAppearDuePrintedMarkedAndCounted() throws Exception {
    try (TestHost host = TestHost.start(temp)) {
      Fixture f = new Fixture(host.services());
      host.services().engagements().setUnlocked(f.engagementX.getId(), STEP, true, f.consultantA);
      long clientId = f.clientX.getId();
      LocalDate today = LocalDate.now(host.services().clock());
      WebClient consultant = host.client().login(TestHost.ADMIN_EMAIL, TestHost.ADMIN_PASSWORD);
      String base = "/clients/" + clientId + "/steps/" + STEP + "/";
      assertTrue(consultant.get(base + "sequence").body().contains("data-testid=\"sequence-default\""), "the 3-3-3 default before any save");
      assertTrue(consultant.get(base + "results.json").body().contains("\"sequence\" : null"));

      WebClient.Response saved = consultant.post(base + "sequence", sequenceForm(today.minusDays(10)));
      assertEquals(302, saved.status(), saved.body());
      // Three first purchases: five, three and one day ago, so their day-3 postcards are overdue, due today, and due this week.
      CustomerService customers = host.services().core().get(CustomerService.class);
      List<SaleLineInput> lines = new ArrayList<>();
      String[] codes = {"N1", "N2", "N3"};
      for (int i = 0; i < codes.length; i++) {
        customers.create(clientId, new CustomerInput(codes[i], "新規 " + (i + 1), null, null, null, "154-000" + (i + 1),
            "東京都世田谷区太子堂" + (i + 1) + "-1-1", null, null, true));
        lines.add(new SaleLineInput(today.minusDays(5 - 2L * i), null, "S" + i, 1, codes[i], null, "B1", "ブレンド", 1, 600));
      }
      lines.add(new SaleLineInput(today.minusDays(2), null, "ANON", 1, null, null, "B1", "ブレンド", 1, 600));
      host.services().core().get(SalesImportService.class).importSales(clientId, ImportSource.generated("new.csv", ImportKind.SALES),
          lines.iterator(), 0, f.userX, Progress.NONE);

      String due = consultant.get(base + "due").body();
      assertEquals("1", text(due, "due-overdue"));
      assertEquals("1", text(due, "due-today"));
      assertEquals("1", text(due, "due-week"));
      WebClient.Download postcards = consultant.download(base + "due/postcards.pdf");
      assertEquals("application/pdf", postcards.contentType());
      try (PDDocument doc = Loader.loadPDF(postcards.bytes())) {
        assertEquals(6, doc.getNumberOfPages(), "two sides for each of the three customers");
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(2);
        stripper.setEndPage(2);
        String message = stripper.getText(doc);
        assertTrue(message.contains("新規 1様") && message.contains("ブレンド"), "each card with its own merge fields: " + message);
      }
      String csv = new String(consultant.download(base + "due.csv").bytes(), StandardCharsets.UTF_8);
      assertEquals(4, csv.strip().split("\r?\n").length, "a header and one row per due contact");

      Map<String, String> mark = new LinkedHashMap<>();
      mark.put("task", checkboxes(due).get(0));
      mark.put("on", today.toString());
      mark.put("note", "手書きで一言");
      mark.put("outcome", "DONE");
      WebClient.Response marked = consultant.post(base + "due", mark);
      assertEquals(302, marked.status(), marked.body());
      String after = consultant.follow(marked).body();
      assertEquals("0", text(after, "due-overdue"), "the overdue one is done");
      String recent = after.substring(after.indexOf("data-testid=\"due-recent\""));
      assertTrue(recent.contains(today.toString()) && recent.contains("手書きで一言") && recent.contains("コンサルタント"),
          "who marked it, when and the note are listed");
      ContactLog log = host.services().core().get(ContactLog.class);
      long n1 = customers.list(clientId, "N1", 1, 1).items().get(0).getId();
      assertEquals(1, log.forCustomer(clientId, n1).size(), "marking done logs the contact");
      mark.put("on", today.plusDays(1).toString());
      mark.put("task", checkboxes(after).get(0));
      String refused = consultant.post(base + "due", mark).body();
      assertTrue(refused.contains("未来の日付"), "a future date is refused with the reason");

      JsonNode json = JSON.readTree(consultant.get(base + "results.json").body());
      assertEquals(3, json.get("counts").get("enrolled").asInt() + json.get("counts").get("heldOut").asInt());
      assertEquals(0, json.get("within90").get("contacted").get("windowPassed").asInt(), "no 90-day window has passed");
      String results = consultant.get(base + "results").body();
      assertEquals(json.get("counts").get("enrolled").asText(), text(results, "count-enrolled"));
      assertEquals(json.get("counts").get("heldOut").asText(), text(results, "count-held-out"));

      WebClient owner = host.client().login("x@test.kyokan.jp", Fixture.PASSWORD);
      assertTrue(owner.get(base + "due").body().contains("data-testid=\"due-table\""));
    }
  }

  private static Map<String, String> sequenceForm(LocalDate start) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("startDate", start.toString());
    form.put("holdout", "0");
    form.put("days.1", "3");
    form.put("channel.1", "POSTCARD");
    form.put("message.1", "{氏名}様 {初回購入商品}はいかがでしたか。");
    form.put("days.2", "21");
    form.put("channel.2", "LETTER");
    form.put("message.2", "{氏名}様 今月のおすすめです。");
    form.put("skip.2", "1");
    return form;
  }

  private static List<String> checkboxes(String page) {
    Matcher m = Pattern.compile("name=\"task\" value=\"([0-9]+:[0-9]+)\"").matcher(page);
    List<String> values = new ArrayList<>();
    while (m.find()) values.add(m.group(1));
    assertTrue(!values.isEmpty(), "no task on the page");
    return values;
  }

  private static String text(String page, String testId) {
    Matcher m = Pattern.compile("data-testid=\"" + testId + "\"[^>]*>([^<]*)<").matcher(page);
    assertTrue(m.find(), testId + " not on the page");
    return m.group(1).strip();
  }
}
