package kyokan.step.community.voice;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import kyokan.core.outreach.print.CardSheetPdf;

/** A survey's public address as a QR code image, and as A4 sheets of cards to hand out or lay on the counter. */
public final class SurveyQr {
  /** Pixels per QR module: six pixels a module reads well on screen and when printed from the browser. */
  static final int MODULE_PIXELS = 6;
  private static final int URL_LINE = 26;

  private SurveyQr() {}

  /** A black-on-white PNG of {@code url}'s QR code with the standard quiet zone. */
  public static byte[] png(String url) {
    BitMatrix m = modules(url);
    BufferedImage image = new BufferedImage(m.getWidth() * MODULE_PIXELS, m.getHeight() * MODULE_PIXELS, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, m.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? 0x000000 : 0xffffff);
      }
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the QR code image", e);
    }
  }

  /** One sheet of identical cards: the invitation line, the survey's title, the address spelled out, the QR code. */
  public static byte[] cards(String heading, String title, String scanLine, String url) {
    List<String> lines = new ArrayList<>();
    lines.add(scanLine);
    // The address is too long for one line of a card: cut it into pieces that fit beside the code.
    for (int i = 0; i < url.length(); i += URL_LINE) lines.add(url.substring(i, Math.min(url.length(), i + URL_LINE)));
    List<CardSheetPdf.Card> cards = new ArrayList<>();
    for (int i = 0; i < CardSheetPdf.CARDS_PER_SHEET; i++) cards.add(new CardSheetPdf.Card(heading, title, "", lines, url));
    return CardSheetPdf.write(cards);
  }

  private static BitMatrix modules(String text) {
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
    }
  }
}
