package kyokan.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import kyokan.core.chart.Axis;
import kyokan.core.chart.BarChart;
import kyokan.core.chart.ChartText;
import kyokan.core.chart.ColorRole;
import kyokan.core.chart.Series;
import kyokan.core.chart.ValueFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportWriterTest {

  @Test
  void aLongTableRunsOntoMorePagesWithItsHeaderRepeated() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 120; i++) rows.add(List.of("顧客" + i, String.format("¥%,d", i * 1000), i + "回"));
    byte[] pdf = PdfReportWriter.write(document(List.of(ReportBlock.heading("お客様の一覧"),
        ReportBlock.table(List.of("お名前", "累計購入金額", "購入回数"), rows))));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() >= 3, "pages: " + doc.getNumberOfPages());
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        String page = text(doc, p);
        assertTrue(page.contains("お名前"), "header on page " + p);
        assertTrue(page.contains("さくら珈琲店") && page.contains(p + " / " + doc.getNumberOfPages()), "footer on page " + p);
      }
      String all = text(doc, 0);
      assertTrue(all.contains("顧客120 ¥120,000 120回"), "the last row, whole");
    }
  }

  @Test
  void theFontIsEmbeddedAsASubsetAndTheSameDocumentGivesTheSameBytes() throws Exception {
    ReportDocument d = document(List.of(ReportBlock.paragraph("共感顧客管理。初回客 → よちよち客 → コツコツ客 → 優良客"),
        ReportBlock.chart(BarChart.stacked(ChartText.of("月別の売上", "", "なし"), List.of("1月", "2月"),
            Axis.of(ValueFormat.yen()), Series.of("新規", ColorRole.ACCENT, 10, 20), Series.of("リピート", ColorRole.PRIMARY, 30, 40)))));
    byte[] pdf = PdfReportWriter.write(d);
    assertArrayEquals(pdf, PdfReportWriter.write(d));
    assertTrue(pdf.length < 200_000, "a subset, not the 6 MB font: " + pdf.length);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
      assertTrue(font instanceof PDType0Font);
      assertTrue(font.isEmbedded());
      assertTrue(font.getName().matches("[A-Z]{6}\\+IPAexGothic"), font.getName());
      assertTrue(text(doc, 0).contains("初回客 → よちよち客 → コツコツ客 → 優良客"));
      assertEquals("ja", doc.getDocumentCatalog().getLanguage());
    }
  }

  private static ReportDocument document(List<ReportBlock> blocks) {
    return new ReportDocument("テスト", "山田 恵子", "ja", "さくら珈琲店", "2025年4月",
        ZonedDateTime.of(2025, 5, 1, 0, 0, 0, 0, ZoneId.of("Asia/Tokyo")), blocks);
  }

  private static String text(PDDocument doc, int page) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    if (page > 0) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
    }
    return stripper.getText(doc);
  }
}
