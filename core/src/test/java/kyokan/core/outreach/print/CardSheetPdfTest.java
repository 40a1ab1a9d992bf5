package kyokan.core.outreach.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import kyokan.core.outreach.print.PdfGlyphs.Glyph;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class CardSheetPdfTest {
  // 2 × 5 cards of 91 × 55 mm centred on A4: (210 − 182)/2 = 14 mm and (297 − 275)/2 = 11 mm margins.
  private static final double LEFT = 14, TOP = 11, W = 91, H = 55;

  static List<CardSheetPdf.Card> cards(int count, boolean qr) {
    List<CardSheetPdf.Card> cards = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String number = String.format("No. %04d", i + 1);
      cards.add(new CardSheetPdf.Card("さくら珈琲 倶楽部", "山田 花子 様", number, List.of("入会 2026年4月1日"),
          qr ? "KYOKAN-MEMBER-" + (i + 1) : null));
    }
    return cards;
  }

  @Test
  void tenCardsASheetEachTextInsideItsCard() {
    List<CardSheetPdf.Card> cards = cards(12, false);
    PdfGlyphs pdf = PdfGlyphs.read(CardSheetPdf.write(cards));
    assertEquals(2, pdf.pages());
    for (int i = 0; i < cards.size(); i++) {
      int slot = i % 10;
      double left = LEFT + (slot % 2) * W;
      double top = TOP + (slot / 2) * H;
      List<Glyph> inside = pdf.on(i / 10 + 1, g -> g.centreX() > left && g.centreX() < left + W
          && g.baseline() > top && g.baseline() < top + H);
      for (Glyph g : inside) {
        assertTrue(g.left() >= left && g.right() <= left + W && g.top() >= top, "glyph " + g + " crosses its card");
      }
      String text = PdfGlyphs.text(inside);
      assertTrue(text.contains(cards.get(i).number()), text);
      assertTrue(text.contains("山田 花子 様"), text);
    }
  }

  @Test
  void theQrCodeReadsBackAsTheCardsText() throws Exception {
    byte[] bytes = CardSheetPdf.write(cards(3, true));
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      float dpi = 200;
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
      double px = dpi / 25.4;
      // Card 2 (right column, first row): the code sits at its right edge.
      BufferedImage card = page.getSubimage((int) ((LEFT + W) * px), (int) (TOP * px), (int) (W * px), (int) (H * px));
      int[] pixels = card.getRGB(0, 0, card.getWidth(), card.getHeight(), null, 0, card.getWidth());
      var source = new RGBLuminanceSource(card.getWidth(), card.getHeight(), pixels);
      String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
      assertEquals("KYOKAN-MEMBER-2", read);
    }
  }
}
