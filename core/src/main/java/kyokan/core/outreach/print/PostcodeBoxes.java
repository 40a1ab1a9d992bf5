package kyokan.core.outreach.print;

import java.io.IOException;

/**
 * The seven postal-code boxes of a postcard, as Japan Post specifies them for 通常はがき (郵便番号枠の位置及び寸法,
 * as summarised in "ハガキの郵便番号枠を自分で描く際の注意点", webdesign-tokyo.net): each box 5.7 mm wide and
 * 8.0 mm high; gaps 1.3 mm between the first three, 1.9 mm between the third and fourth, 1.1 mm among the last
 * four (47.7 mm in all); the top 12.0 mm below the card's top edge, the right end 8.0 mm from its right edge;
 * the hyphen between boxes 3 and 4, 4.0 mm below the top.
 */
final class PostcodeBoxes {
  static final double TOP = 12.0, BOX_WIDTH = 5.7, BOX_HEIGHT = 8.0, RIGHT_MARGIN = 8.0;
  private static final double[] GAPS_AFTER = {1.3, 1.3, 1.9, 1.1, 1.1, 1.1};
  private static final float DIGIT_SIZE = 15;

  private PostcodeBoxes() {}

  /** Left edge in mm of box {@code index} (0–6). */
  static double left(int index) {
    double total = 7 * BOX_WIDTH;
    for (double gap : GAPS_AFTER) total += gap;
    double x = PostcardPdf.WIDTH - RIGHT_MARGIN - total;
    for (int i = 0; i < index; i++) x += BOX_WIDTH + GAPS_AFTER[i];
    return x;
  }

  /** The digits centred in their boxes, clear of the lines. */
  static void digits(MailCanvas canvas, String sevenDigits) throws IOException {
    double capHeight = MailCanvas.mm(DIGIT_SIZE) * 0.72;
    double baseline = TOP + (BOX_HEIGHT + capHeight) / 2;
    for (int i = 0; i < 7; i++) {
      String digit = sevenDigits.substring(i, i + 1);
      canvas.text(digit, left(i) + (BOX_WIDTH - canvas.width(digit, DIGIT_SIZE)) / 2, baseline, DIGIT_SIZE);
    }
  }

  /** The boxes and the hyphen in postal red, for card stock that has none printed. */
  static void draw(MailCanvas canvas) throws IOException {
    for (int i = 0; i < 7; i++) {
      canvas.strokeRect(left(i), TOP, BOX_WIDTH, BOX_HEIGHT, i < 3 ? 0.5 : 0.3, MailCanvas.POSTAL_RED);
    }
    double hyphenLeft = left(2) + BOX_WIDTH + 0.3;
    canvas.line(hyphenLeft, TOP + 4.0, left(3) - 0.3, TOP + 4.0, 0.5, MailCanvas.POSTAL_RED);
  }
}
