package kyokan.core.outreach.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import kyokan.core.ValidationException;
import kyokan.core.outreach.print.PdfGlyphs.Glyph;
import org.junit.jupiter.api.Test;

class PostcardPdfTest {
  static final ShopAddress SHOP = new ShopAddress("さくら珈琲店", "150-0002", "東京都渋谷区渋谷2丁目15−1 クロスタワー1F", "03-1234-5678");
  static final MailRecipient HANAKO = new MailRecipient("山田 花子", "150-0001",
      "東京都渋谷区神宮前1丁目2−3 サンプルビル4F", Map.of("氏名", "山田 花子", "最終来店日", "2026年10月3日"));
  static final MailRecipient ICHIRO = new MailRecipient("佐藤 一郎", "〒1060032", "東京都港区六本木6-10-1", Map.of("氏名", "佐藤 一郎"));
  static final String MESSAGE = "{氏名}様\nいつもありがとうございます。前回のご来店は{最終来店日}でした。{クーポン}";

  // Japan Post's boxes for 通常はがき: 5.7 × 8.0 mm, top 12.0 mm, right end 8.0 mm from the right edge of the
  // 100 mm card, gaps 1.3, 1.3, 1.9, 1.1, 1.1, 1.1 mm: left edges at 44.3, 51.3, 58.3, 65.9, 72.7, 79.5, 86.3 mm.
  private static final double[] BOX_LEFT = {44.3, 51.3, 58.3, 65.9, 72.7, 79.5, 86.3};
  private static final double BOX_TOP = 12.0, BOX_WIDTH = 5.7, BOX_HEIGHT = 8.0;

  private static final PdfGlyphs pdf = PdfGlyphs.read(PostcardPdf.write(List.of(HANAKO, ICHIRO), SHOP, MESSAGE));

  @Test
  void twoPostcardSizedPagesPerRecipient() {
    assertEquals(4, pdf.pages());
    for (float[] size : pdf.pageSizesPt()) {
      assertEquals(100 * 72 / 25.4, size[0], 0.01);
      assertEquals(148 * 72 / 25.4, size[1], 0.01);
    }
  }

  @Test
  void postalCodeDigitsSitInsideTheirBoxes() {
    for (int page : new int[] {1, 3}) {
      List<Glyph> digits = pdf.on(page, g -> g.baseline() < 25 && g.text().matches("[0-9]"));
      assertEquals(page == 1 ? "1500001" : "1060032", PdfGlyphs.text(digits));
      for (int i = 0; i < 7; i++) {
        Glyph d = digits.get(i);
        assertTrue(d.left() > BOX_LEFT[i] + 0.3 && d.right() < BOX_LEFT[i] + BOX_WIDTH - 0.3, "digit " + i + " " + d);
        assertEquals(BOX_LEFT[i] + BOX_WIDTH / 2, d.centreX(), 0.05, "digit " + i + " centred in its box");
        // A digit's ink is about 0.72 em tall above the baseline.
        assertTrue(d.baseline() - 0.72 * d.size() > BOX_TOP + 0.3 && d.baseline() < BOX_TOP + BOX_HEIGHT - 0.3, d.toString());
      }
    }
  }

  @Test
  void theNameIsSetVerticallyWithSama() {
    List<Glyph> name = pdf.on(1, g -> g.upright() && "山田花子様".contains(g.text()) && g.size() > 6);
    assertEquals("山田花子様", PdfGlyphs.text(name));
    for (int i = 1; i < name.size(); i++) {
      assertEquals(name.get(0).centreX(), name.get(i).centreX(), 0.01, "stacked on one centre line: " + name.get(i));
      assertTrue(name.get(i).top() >= name.get(i - 1).baseline() - 0.15 * name.get(i).size(),
          "each glyph below the one before: " + name.get(i));
    }
    assertEquals(50, name.get(0).centreX(), 0.05, "the name runs down the middle of the card");
  }

  @Test
  void theAddressRunsDownTheRightWithUprightFullWidthDigits() {
    List<Glyph> column = pdf.on(1, g -> g.upright() && g.baseline() > 25 && g.centreX() > 80);
    String text = PdfGlyphs.text(column);
    assertEquals("東京都渋谷区神宮前１丁目２３", text, "the dash between 2 and 3 is turned, so not upright");
    for (Glyph g : column) assertEquals(86, g.centreX(), 0.01, "one column at 86 mm: " + g);
    List<Glyph> turned = pdf.on(1, g -> !g.upright() && g.text().equals("－"));
    assertFalse(turned.isEmpty(), "the dash is drawn turned");
    List<Glyph> building = pdf.on(1, g -> g.upright() && g.baseline() > 25 && g.centreX() > 70 && g.centreX() < 80);
    assertEquals("サンプルビル４Ｆ", PdfGlyphs.text(building).replace("ー", ""));
  }

  @Test
  void theShopsReturnAddressSitsAtTheLowerLeft() {
    List<Glyph> shop = pdf.on(1, g -> g.centreX() < 40);
    String text = PdfGlyphs.text(shop);
    assertTrue(text.contains("さくら珈琲店") && text.contains("〒150-0002") && text.contains("渋谷２丁目１５"), text);
    for (Glyph g : shop) assertTrue(g.top() > 80 && g.baseline() < 148, g.toString());
  }

  @Test
  void theMessageSideCarriesTheMergedText() {
    String side = PdfGlyphs.text(pdf.on(2));
    assertTrue(side.contains("山田 花子様"), side);
    assertTrue(side.contains("2026年10月3日"), side);
    assertTrue(side.contains("{クーポン}"), "an unknown field stays visible: " + side);
    assertTrue(side.contains("{最終来店日}") == false);
    assertTrue(PdfGlyphs.text(pdf.on(4)).contains("佐藤 一郎様"));
    for (Glyph g : pdf.on(2)) assertTrue(g.left() >= 10 - 0.01 && g.right() <= 90.01, g.toString());
  }

  @Test
  void aMessageTooLongForACardIsRefused() {
    String tooLong = "ご来店ありがとうございます。".repeat(120);
    ValidationException e = assertThrows(ValidationException.class, () -> PostcardPdf.write(List.of(HANAKO), SHOP, tooLong));
    assertEquals("outreach.print.error.messageTooLong", e.problems().get("message"));
  }

  @Test
  void boxesCanBeDrawnForPlainCards() {
    byte[] plain = PostcardPdf.write(List.of(HANAKO), SHOP, MESSAGE, false);
    byte[] boxed = PostcardPdf.write(List.of(HANAKO), SHOP, MESSAGE, true);
    assertTrue(boxed.length > plain.length);
    assertEquals(PdfGlyphs.text(PdfGlyphs.read(plain).glyphs()), PdfGlyphs.text(PdfGlyphs.read(boxed).glyphs()));
  }
}
