package kyokan.core.outreach.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import kyokan.core.outreach.print.PdfGlyphs.Glyph;
import org.junit.jupiter.api.Test;

class LetterPdfTest {
  private static final String TEMPLATE = "{氏名}様\n\n秋の深煎りブレンドが入荷しました。前回のご来店({最終来店日})から少し時間が空きましたが、"
      + "またお顔を見られるのを楽しみにしております。";

  @Test
  void oneA4LetterPerRecipientWithDateShopAndMergedText() {
    PdfGlyphs pdf = PdfGlyphs.read(LetterPdf.write(List.of(PostcardPdfTest.HANAKO, PostcardPdfTest.ICHIRO),
        PostcardPdfTest.SHOP, TEMPLATE, LocalDate.of(2026, 12, 7)));
    assertEquals(2, pdf.pages());
    assertEquals(595.28f, pdf.pageSizesPt().get(0)[0], 0.01f);
    String first = PdfGlyphs.text(pdf.on(1));
    assertTrue(first.contains("2026年12月7日"), first);
    assertTrue(first.contains("〒150-0001") && first.contains("山田 花子　様"), first);
    assertTrue(first.contains("さくら珈琲店") && first.contains("TEL 03-1234-5678"), first);
    assertTrue(first.contains("山田 花子様") && first.contains("(2026年10月3日)"), first);
    String second = PdfGlyphs.text(pdf.on(2));
    assertTrue(second.contains("佐藤 一郎様") && second.contains("{最終来店日}"), "a missing value stays visible: " + second);
    for (Glyph g : pdf.glyphs()) assertTrue(g.left() >= 25 - 0.01 && g.right() <= 185.01, "inside the margins: " + g);
  }

  @Test
  void aLongTextRunsOntoAFurtherPage() {
    String template = "{氏名}様\n" + "いつもありがとうございます。\n".repeat(60);
    PdfGlyphs pdf = PdfGlyphs.read(LetterPdf.write(List.of(PostcardPdfTest.HANAKO), PostcardPdfTest.SHOP, template,
        LocalDate.of(2026, 12, 7)));
    assertEquals(2, pdf.pages());
    for (Glyph g : pdf.glyphs()) assertTrue(g.baseline() <= 297 - 22 + 6, "above the bottom margin: " + g);
  }
}
