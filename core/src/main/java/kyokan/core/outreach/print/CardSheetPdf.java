package kyokan.core.outreach.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A4 sheets of business-card-sized cards (91 × 55 mm, 2 × 5, cut marks as a thin frame): member cards and
 * introduction cards. Each card has a heading, a name, a large number or code, lines of small text and, if
 * asked, a QR code of {@link Card#qr()} drawn as vector squares (ZXing encodes it, error correction M).
 */
public final class CardSheetPdf {
  public static final int CARDS_PER_SHEET = 10;
  static final double SHEET_WIDTH = 210, SHEET_HEIGHT = 297;
  static final double CARD_WIDTH = 91, CARD_HEIGHT = 55;
  static final int COLUMNS = 2, ROWS = 5;
  static final double LEFT = (SHEET_WIDTH - COLUMNS * CARD_WIDTH) / 2;
  static final double TOP = (SHEET_HEIGHT - ROWS * CARD_HEIGHT) / 2;
  private static final double PADDING = 6, QR_SIZE = 24;
  private static final float HEADING = 9, NAME = 13, NUMBER = 16, SMALL = 7.5f;

  /** One card; {@code qr} null for none. */
  public record Card(String heading, String name, String number, List<String> lines, String qr) {}

  private CardSheetPdf() {}

  public static byte[] write(List<Card> cards) {
    if (cards.isEmpty()) throw new IllegalArgumentException("no cards to print");
    try (MailCanvas canvas = new MailCanvas()) {
      for (int i = 0; i < cards.size(); i++) {
        if (i % CARDS_PER_SHEET == 0) canvas.newPage(SHEET_WIDTH, SHEET_HEIGHT);
        int slot = i % CARDS_PER_SHEET;
        card(canvas, cards.get(i), LEFT + (slot % COLUMNS) * CARD_WIDTH, TOP + (slot / COLUMNS) * CARD_HEIGHT);
      }
      return canvas.toBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the card sheet", e);
    }
  }

  private static void card(MailCanvas canvas, Card card, double left, double top) throws IOException {
    canvas.strokeRect(left, top, CARD_WIDTH, CARD_HEIGHT, 0.1, 0xbbbbbb);
    double textWidth = CARD_WIDTH - 2 * PADDING - (card.qr() == null ? 0 : QR_SIZE + 2);
    double x = left + PADDING;
    double y = top + PADDING + MailCanvas.mm(HEADING);
    String heading = canvas.font.printable(card.heading());
    canvas.text(heading, x, y, LabelSheetPdf.fitting(canvas, heading, HEADING, textWidth));
    y += MailCanvas.mm(NAME) * 1.6;
    String name = canvas.font.printable(card.name());
    canvas.text(name, x, y, LabelSheetPdf.fitting(canvas, name, NAME, textWidth));
    y += MailCanvas.mm(NUMBER) * 1.4;
    String number = canvas.font.printable(card.number());
    canvas.text(number, x, y, LabelSheetPdf.fitting(canvas, number, NUMBER, textWidth));
    y += MailCanvas.mm(SMALL) * 1.8;
    for (String line : card.lines()) {
      if (y > top + CARD_HEIGHT - PADDING) break;
      String printable = canvas.font.printable(line);
      canvas.text(printable, x, y, LabelSheetPdf.fitting(canvas, printable, SMALL, textWidth));
      y += MailCanvas.mm(SMALL) * 1.4;
    }
    if (card.qr() != null) qr(canvas, card.qr(), left + CARD_WIDTH - PADDING - QR_SIZE, top + (CARD_HEIGHT - QR_SIZE) / 2);
  }

  private static void qr(MailCanvas canvas, String text, double x, double y) throws IOException {
    BitMatrix m = modules(text);
    double module = QR_SIZE / m.getWidth();
    for (int row = 0; row < m.getHeight(); row++) {
      for (int col = 0; col < m.getWidth(); col++) {
        if (m.get(col, row)) canvas.fillRect(x + col * module, y + row * module, module, module);
      }
    }
  }

  /** The QR code's modules, one bit each, with the standard quiet zone of 4 modules. */
  static BitMatrix modules(String text) {
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
    }
  }
}
