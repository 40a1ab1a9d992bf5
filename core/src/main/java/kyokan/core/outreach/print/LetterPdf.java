package kyokan.core.outreach.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import kyokan.core.report.TextWrap;

/**
 * A4 letters, one per recipient (a long text runs onto further pages of the same letter): the date and the shop
 * at the top right, the recipient's postal code, address and name with 様 at the top left, then the merged text.
 */
public final class LetterPdf {
  static final double WIDTH = 210, HEIGHT = 297, MARGIN_X = 25, MARGIN_TOP = 22, MARGIN_BOTTOM = 22;
  private static final float BODY = 11, SMALL = 9.5f, NAME = 14;
  private static final double BODY_LINE = 1.75;

  private LetterPdf() {}

  /** Dated today. */
  public static byte[] write(List<MailRecipient> recipients, ShopAddress shop, String template) {
    return write(recipients, shop, template, LocalDate.now());
  }

  public static byte[] write(List<MailRecipient> recipients, ShopAddress shop, String template, LocalDate date) {
    if (recipients.isEmpty()) throw new IllegalArgumentException("no recipients to print letters for");
    try (MailCanvas canvas = new MailCanvas()) {
      for (MailRecipient r : recipients) letter(canvas, r, shop, MergeText.fill(template, r.fields()), date);
      return canvas.toBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the letters", e);
    }
  }

  private static void letter(MailCanvas canvas, MailRecipient r, ShopAddress shop, String body, LocalDate date)
      throws IOException {
    canvas.newPage(WIDTH, HEIGHT);
    double right = WIDTH - MARGIN_X;
    rightAligned(canvas, PrintTexts.date(date), right, MARGIN_TOP + 4, SMALL);

    double y = MARGIN_TOP + 16;
    double smallLine = MailCanvas.mm(SMALL) * 1.5;
    canvas.text(canvas.font.printable(PrintTexts.postalMark() + PostalCode.display(r.postalCode())), MARGIN_X, y, SMALL);
    double addressWidth = (WIDTH - 2 * MARGIN_X) * 0.55;
    for (String line : TextWrap.lines(canvas.font.printable(r.address()), addressWidth, s -> canvas.width(s, SMALL))) {
      y += smallLine;
      canvas.text(line, MARGIN_X, y, SMALL);
    }
    y += MailCanvas.mm(NAME) * 1.8;
    canvas.text(canvas.font.printable(r.name() + "　" + PrintTexts.honorific()), MARGIN_X + 4, y, NAME);

    double shopY = MARGIN_TOP + 16;
    shopY = rightAligned(canvas, shop.name(), right, shopY, SMALL + 1.5f) + smallLine;
    if (!shop.postalCode().isEmpty()) {
      shopY = rightAligned(canvas, PrintTexts.postalMark() + PostalCode.display(shop.postalCode()), right, shopY, SMALL) + smallLine;
    }
    for (String line : TextWrap.lines(canvas.font.printable(shop.address()), (WIDTH - 2 * MARGIN_X) * 0.5,
        s -> canvas.width(s, SMALL))) {
      shopY = rightAligned(canvas, line, right, shopY, SMALL) + smallLine;
    }
    if (!shop.phone().isEmpty()) rightAligned(canvas, PrintTexts.phone(shop.phone()), right, shopY, SMALL);

    double lineHeight = MailCanvas.mm(BODY) * BODY_LINE;
    y = Math.max(y, shopY) + 18;
    for (String line : TextWrap.lines(canvas.font.printable(body.strip()), WIDTH - 2 * MARGIN_X, s -> canvas.width(s, BODY))) {
      if (y > HEIGHT - MARGIN_BOTTOM) {
        canvas.newPage(WIDTH, HEIGHT);
        y = MARGIN_TOP + MailCanvas.mm(BODY);
      }
      canvas.text(line, MARGIN_X, y, BODY);
      y += lineHeight;
    }
  }

  /** @return the baseline it drew on */
  private static double rightAligned(MailCanvas canvas, String text, double right, double baseline, float size)
      throws IOException {
    String printable = canvas.font.printable(text);
    canvas.text(printable, right - canvas.width(printable, size), baseline, size);
    return baseline;
  }
}
