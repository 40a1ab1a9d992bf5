package kyokan.web.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.MonthReport;
import kyokan.core.client.Client;
import kyokan.core.engagement.Engagement;
import kyokan.core.i18n.MoneyFormat;
import kyokan.web.Services;
import kyokan.web.demo.DemoClient;
import kyokan.web.support.TestHost;
import kyokan.web.support.WebClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly progress report of the demo client, from the real host with the real step plugin jars, read back
 * with PDFBox: texts, figures against the engine and the page, the embedded font, pages rendered to PNG
 * under {@code target/report-pages/} to look at.
 */
class ProgressReportTest {
  static final Path PAGES = Path.of("target/report-pages");
  static final List<String> SECTIONS = List.of("プログラムの進み具合", "主要指標の推移",
      "ステップ2 現状をしっかり把握し、分析しよう", "ステップ3 顧客を5つの分類に分けよう",
      "ステップ4 分類別でのフォローをしよう", "今月のワークシート", "決定事項とアクション");
  @TempDir Path temp;

  @Test
  void theDemoClientsReportCarriesEverySectionAndThePagesFigures() throws Exception {
    try (TestHost host = TestHost.start(temp)) {
      Demo demo = Demo.create(host.services());
      WebClient consultant = host.client().login(DemoClient.CONSULTANT_EMAIL, DemoClient.CONSULTANT_PASSWORD);
      String path = "/clients/" + demo.client.getId() + "/engagements/" + demo.engagement.getId() + "/report.pdf";
      YearMonth month = host.services().core().get(AnalyticsService.class).latestCompleteMonth(demo.client.getId()).orElseThrow();
      WebClient.Download pdf = consultant.download(path);
      assertEquals(200, pdf.status());
      assertEquals("application/pdf", pdf.contentType());
      assertTrue(pdf.disposition().contains("progress-report-" + demo.client.getId() + "-" + month + ".pdf"), pdf.disposition());
      assertTrue(pdf.bytes().length < 1_000_000, "under 1 MB: " + pdf.bytes().length);
      assertArrayEquals(pdf.bytes(), consultant.download(path + "?month=" + month).bytes(), "the same report, byte for byte");
      Files.createDirectories(PAGES);
      Files.write(PAGES.resolve("progress-report.pdf"), pdf.bytes());

      String dashboard = consultant.get("/clients/" + demo.client.getId() + "/steps/analysis/dashboard?month=" + month).body();
      MonthReport engine = host.services().core().get(AnalyticsService.class).report(demo.client.getId(), month, CpmThresholds.DEFAULTS);
      try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
        String text = new PDFTextStripper().getText(doc);
        Files.writeString(PAGES.resolve("progress-report.txt"), text, StandardCharsets.UTF_8);
        String flat = text.replaceAll("\\s+", "");
        assertTrue(text.contains("さくら珈琲店 月次進捗レポート"), "the title on the cover");
        assertTrue(text.contains("山田 恵子"), "the consultant");
        assertTrue(text.contains("第1クール 6か月目(全7か月)"), "engagement month n of 7");
        for (String section : SECTIONS) assertTrue(text.contains(section), "section " + section);
        String q1 = MoneyFormat.percent(engine.revenue().repeatShare().valueOrNaN());
        assertEquals(q1, value(dashboard, "q1"), "the engine's Q1 as the page writes it");
        assertTrue(text.contains("Q1 リピーターの売上の割合 " + q1), "Q1 in the figures table");
        assertTrue(text.contains("顧客捕捉率 " + value(dashboard, "capture")), "the capture rate as on the page");
        assertTrue(text.contains("Q6 優良客の人数 " + value(dashboard, "q6")), "the 優良 count as on the page");
        assertTrue(text.contains("ステップ6「優良顧客を特別扱いしよう」"), "the demo's month 6: this month's worksheet is step 6's");
        assertTrue(flat.contains("ステップ7顧客とのコミュニティーをしっかり作ろう") && flat.contains("秋の新豆テイスティング会"),
            "step 7's section with the demo's tasting");
        assertTrue(text.contains("この月に記録された決定事項・アクションはありません。"));
        assertTrue(text.contains("今月は、昇格"), "the movement sentence");
        int pages = doc.getNumberOfPages();
        assertTrue(pages >= 7 && pages <= 14, "pages: " + pages);
        for (int p = 0; p < pages; p++) assertTrue(textOf(doc, p + 1).contains((p + 1) + " / " + pages), "page number on page " + (p + 1));
        assertFontEmbeddedAsSubset(doc);
        renderAndCheckNotBlank(doc, "report", Math.min(pages, 6));
      }
    }
  }

  @Test
  void theReportSpeaksEnglishWhenAsked() throws Exception {
    try (TestHost host = TestHost.start(temp)) {
      Demo demo = Demo.create(host.services());
      Services s = host.services();
      byte[] pdf = ProgressReports.of(s.steps(), s.core(), s.engagements(), s.accounts(), s.clock())
          .pdf(demo.client, demo.engagement, YearMonth.now(s.clock()).minusMonths(1), Locale.ENGLISH);
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(doc);
        for (String section : List.of("Where the programme stands", "Key figures month by month", "Step 3: ",
            "This month's worksheet", "Decisions and action items", "Cycle 1, month 6 of 7")) {
          assertTrue(text.contains(section), section);
        }
        assertFalse(text.contains("??"), "no missing message keys");
      }
    }
  }

  static String value(String html, String id) {
    Matcher m = Pattern.compile("data-testid=\"value-" + id + "\">(?:<a [^>]*>)?([^<]*)<").matcher(html);
    assertTrue(m.find(), "figure " + id + " on the page");
    return m.group(1);
  }

  static String textOf(PDDocument doc, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(doc);
  }

  static void assertFontEmbeddedAsSubset(PDDocument doc) throws IOException {
    int fonts = 0;
    for (PDPage page : doc.getPages()) {
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertTrue(font instanceof PDType0Font, font.getName());
        assertTrue(font.isEmbedded(), font.getName());
        assertTrue(font.getName().matches("[A-Z]{6}\\+IPAexGothic"), "a subset: " + font.getName());
        fonts++;
      }
    }
    assertTrue(fonts > 0);
  }

  /** Renders the first pages at 110 dpi into target/report-pages and checks each has ink on it. */
  static void renderAndCheckNotBlank(PDDocument doc, String prefix, int pages) throws IOException {
    PDFRenderer renderer = new PDFRenderer(doc);
    for (int p = 0; p < pages; p++) {
      BufferedImage image = renderer.renderImageWithDPI(p, 110);
      ImageIO.write(image, "png", PAGES.resolve(String.format("%s-page-%02d.png", prefix, p + 1)).toFile());
      long ink = 0;
      for (int y = 0; y < image.getHeight(); y += 2) {
        for (int x = 0; x < image.getWidth(); x += 2) if ((image.getRGB(x, y) & 0xffffff) < 0xf0f0f0) ink++;
      }
      assertTrue(ink > image.getWidth() * image.getHeight() / 4 / 200, "page " + (p + 1) + " is not blank");
    }
  }

  /** The demo client as {@code ./kyokan --demo} creates it: steps 1–4 open, worksheets in every state, three years of sales. */
  record Demo(Client client, Engagement engagement) {
    static Demo create(Services services) {
      new DemoClient(services).ensure();
      var consultant = services.accounts().findByEmail(DemoClient.CONSULTANT_EMAIL).orElseThrow();
      Client client = services.clients().clientsOf(consultant).stream().filter(c -> c.getName().equals(DemoClient.NAME)).findFirst().orElseThrow();
      return new Demo(client, services.engagements().current(client.getId()).orElseThrow());
    }
  }

  static Path copyPluginsWithout(Path temp, String jarName) throws IOException {
    Path dir = Files.createDirectories(temp.resolve("plugins"));
    try (Stream<Path> jars = Files.list(TestHost.PLUGINS)) {
      for (Path jar : jars.toList()) {
        if (!jar.getFileName().toString().equals(jarName)) Files.copy(jar, dir.resolve(jar.getFileName()));
      }
    }
    return dir;
  }
}
