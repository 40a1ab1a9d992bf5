package kyokan.core.outreach.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import kyokan.core.report.TextWrap;

/**
 * A4 address-label sheets: 12 labels of 86.4 × 42.3 mm, 2 columns × 6 rows with no gaps, centred on the sheet
 * (the common 12-面 sheet, margins 18.6 mm left and right, 21.6 mm top and bottom). Each label: 〒 and the postal
 * code, the address wrapped (smaller type when it is long), the name with 様.
 */
public final class LabelSheetPdf {
  public static final int LABELS_PER_SHEET = 12;
  static final double SHEET_WIDTH = 210, SHEET_HEIGHT = 297;
  static final double LABEL_WIDTH = 86.4, LABEL_HEIGHT = 42.3;
  static final int COLUMNS = 2, ROWS = 6;
  static final double LEFT = (SHEET_WIDTH - COLUMNS * LABEL_WIDTH) / 2;
  static final double TOP = (SHEET_HEIGHT - ROWS * LABEL_HEIGHT) / 2;
  private static final double PADDING_X = 6, PADDING_TOP = 5, PADDING_BOTTOM = 4;
  private static final float POSTCODE_SIZE = 9, NAME_SIZE = 13, LARGEST_ADDRESS = 10.5f, SMALLEST_ADDRESS = 6.5f;

  private LabelSheetPdf() {}

  /** One label per recipient, in list order, from label {@code layout.startAt()} of the first sheet. */
  public static byte[] write(List<MailRecipient> recipients, LabelLayout layout) {
    if (recipients.isEmpty()) throw new IllegalArgumentException("no recipients to print labels for");
    try (MailCanvas canvas = new MailCanvas()) {
      int slot = layout.startAt() - 1;
      for (MailRecipient r : recipients) {
        if (slot == layout.startAt() - 1 || slot % LABELS_PER_SHEET == 0) canvas.newPage(SHEET_WIDTH, SHEET_HEIGHT);
        int onSheet = slot % LABELS_PER_SHEET;
        double left = LEFT + (onSheet % COLUMNS) * LABEL_WIDTH + layout.offsetXmm();
        double top = TOP + (onSheet / COLUMNS) * LABEL_HEIGHT + layout.offsetYmm();
        label(canvas, r, left, top);
        slot++;
      }
      return canvas.toBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the label sheet", e);
    }
  }

  private static void label(MailCanvas canvas, MailRecipient r, double left, double top) throws IOException {
    double x = left + PADDING_X;
    double width = LABEL_WIDTH - 2 * PADDING_X;
    double y = top + PADDING_TOP;
    String postcode = canvas.font.printable(PrintTexts.postalMark() + PostalCode.display(r.postalCode()));
    canvas.text(postcode, x, y + MailCanvas.mm(POSTCODE_SIZE) * 0.88, POSTCODE_SIZE);
    y += MailCanvas.mm(POSTCODE_SIZE) * 1.5;

    String name = canvas.font.printable(r.name() + "　" + PrintTexts.honorific());
    float nameSize = fitting(canvas, name, NAME_SIZE, width - 4);
    double nameLine = MailCanvas.mm(nameSize) * 1.2;
    double addressRoom = top + LABEL_HEIGHT - PADDING_BOTTOM - nameLine - 1.5 - y;
    String address = canvas.font.printable(r.address());
    // Too long for one line: the building (after the first space) starts its own line, as people write it.
    if (canvas.width(address, LARGEST_ADDRESS) > width) address = address.replaceFirst("[ 　]+", "\n");
    float size = LARGEST_ADDRESS;
    List<String> lines = TextWrap.lines(address, width, s -> canvas.width(s, LARGEST_ADDRESS));
    while (size > SMALLEST_ADDRESS && lines.size() * MailCanvas.mm(size) * 1.3 > addressRoom) {
      size -= 0.5f;
      float s = size;
      lines = TextWrap.lines(address, width, t -> canvas.width(t, s));
    }
    double lineHeight = MailCanvas.mm(size) * 1.3;
    int fits = (int) Math.max(1, Math.floor(addressRoom / lineHeight));
    for (String line : lines.subList(0, Math.min(fits, lines.size()))) {
      canvas.text(line, x, y + MailCanvas.mm(size) * 0.88, size);
      y += lineHeight;
    }
    double nameBaseline = Math.max(y + 1.5, top + LABEL_HEIGHT - PADDING_BOTTOM - nameLine) + MailCanvas.mm(nameSize) * 0.88;
    canvas.text(name, x + 4, nameBaseline, nameSize);
  }

  /** The largest size up to {@code size} at which the text fits {@code width} mm (not below 7 pt). */
  static float fitting(MailCanvas canvas, String text, float size, double width) {
    float s = size;
    while (s > 7 && canvas.width(text, s) > width) s -= 0.5f;
    return s;
  }
}
