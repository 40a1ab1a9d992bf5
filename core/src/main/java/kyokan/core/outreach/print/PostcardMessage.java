package kyokan.core.outreach.print;

import java.io.IOException;
import java.util.List;
import kyokan.core.ValidationException;
import kyokan.core.report.TextWrap;

/**
 * A postcard's message side: the merged text, horizontal, as large as fits (12 pt down to 7 pt); the shop's name
 * and phone at the foot. A text that does not fit even at 7 pt is refused rather than cut.
 */
final class PostcardMessage {
  private static final double MARGIN = 10, FOOT = 14;
  private static final float LARGEST = 12, SMALLEST = 7, FOOT_SIZE = 8.5f;

  private PostcardMessage() {}

  static void draw(MailCanvas canvas, String message, ShopAddress shop) throws IOException {
    String text = canvas.font.printable(message.strip());
    double width = PostcardPdf.WIDTH - 2 * MARGIN;
    double room = PostcardPdf.HEIGHT - 2 * MARGIN - FOOT;
    float size = LARGEST;
    List<String> lines = wrap(canvas, text, width, size);
    while (size > SMALLEST && lines.size() * MailCanvas.mm(size) * 1.6 > room) {
      size -= 0.5f;
      lines = wrap(canvas, text, width, size);
    }
    double lineHeight = MailCanvas.mm(size) * 1.6;
    if (lines.size() * lineHeight > room) throw new ValidationException("message", "outreach.print.error.messageTooLong");
    double y = MARGIN;
    for (String line : lines) {
      canvas.text(line, MARGIN, y + MailCanvas.mm(size) * 0.88, size);
      y += lineHeight;
    }
    String foot = canvas.font.printable(shop.name() + (shop.phone().isEmpty() ? "" : "　" + PrintTexts.phone(shop.phone())));
    double footWidth = canvas.width(foot, FOOT_SIZE);
    canvas.text(foot, PostcardPdf.WIDTH - MARGIN - footWidth, PostcardPdf.HEIGHT - MARGIN, FOOT_SIZE);
  }

  private static List<String> wrap(MailCanvas canvas, String text, double width, float size) {
    return TextWrap.lines(text, width, s -> canvas.width(s, size));
  }
}
