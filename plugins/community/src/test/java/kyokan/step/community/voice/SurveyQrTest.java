package kyokan.step.community.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SurveyQrTest {
  private static final String URL = "https://shop.example.jp:8443/v/community/" + "aB3_-".repeat(8) + "xyz";

  /** What a phone reads from an image. */
  static String decode(BufferedImage image) throws Exception {
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
  }

  @Test
  void thePngReadsBackAsTheAddress() throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(SurveyQr.png(URL)));
    assertEquals(0, image.getWidth() % SurveyQr.MODULE_PIXELS, "whole modules");
    assertEquals(URL, decode(image));
  }

  @Test
  void everyCardOfTheSheetCarriesTheCodeTheLineAndTheAddress() throws Exception {
    byte[] pdf = SurveyQr.cards("ご意見をお聞かせください", "店内アンケート", "QRコードからお答えください", URL);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(1, doc.getNumberOfPages());
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
      assertEquals(10, text.split("ご意見をお聞かせください", -1).length - 1, "ten cards");
      assertEquals(10, text.split(java.util.regex.Pattern.quote(URL), -1).length - 1, "the address spelled out on each card");
      float dpi = 200;
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
      double px = dpi / 25.4;
      // The last card (right column, bottom row) of 91 × 55 mm cards centred on A4.
      BufferedImage card = page.getSubimage((int) ((14 + 91) * px), (int) ((11 + 4 * 55) * px), (int) (91 * px), (int) (55 * px));
      assertEquals(URL, decode(card));
    }
  }
}
