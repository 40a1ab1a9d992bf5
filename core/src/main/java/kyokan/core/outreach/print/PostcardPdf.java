package kyokan.core.outreach.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * はがき, 100 × 148 mm, two pages per recipient. The address side: the 7-digit postal code in the red boxes, the
 * address and the name with 様 set vertically, the shop's return address vertically at the lower left. The message
 * side: the shop's text with its merge fields filled, horizontal.
 */
public final class PostcardPdf {
  static final double WIDTH = 100, HEIGHT = 148;
  private static final float ADDRESS_SIZE = 13, NAME_SIZE = 24, SHOP_SIZE = 8.5f, SHOP_NAME_SIZE = 11;
  private static final double ADDRESS_RIGHT_COLUMN = 86, ADDRESS_TOP = 27, ADDRESS_BOTTOM = 122;
  private static final double NAME_COLUMN = 50, NAME_TOP = 33, NAME_BOTTOM = 136;

  private PostcardPdf() {}

  /** For printing on 郵便はがき, whose red postal-code boxes are already printed. */
  public static byte[] write(List<MailRecipient> recipients, ShopAddress shop, String messageTemplate) {
    return write(recipients, shop, messageTemplate, false);
  }

  /** @param drawPostcodeBoxes also draw the red boxes, for plain card stock without them */
  public static byte[] write(List<MailRecipient> recipients, ShopAddress shop, String messageTemplate,
      boolean drawPostcodeBoxes) {
    if (recipients.isEmpty()) throw new IllegalArgumentException("no recipients to print postcards for");
    try (MailCanvas canvas = new MailCanvas()) {
      for (MailRecipient r : recipients) {
        canvas.newPage(WIDTH, HEIGHT);
        if (drawPostcodeBoxes) PostcodeBoxes.draw(canvas);
        addressSide(canvas, r, shop);
        canvas.newPage(WIDTH, HEIGHT);
        PostcardMessage.draw(canvas, MergeText.fill(messageTemplate, r.fields()), shop);
      }
      return canvas.toBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the postcards", e);
    }
  }

  private static void addressSide(MailCanvas canvas, MailRecipient r, ShopAddress shop) throws IOException {
    Optional<String> digits = PostalCode.sevenDigits(r.postalCode());
    if (digits.isPresent()) {
      PostcodeBoxes.digits(canvas, digits.get());
    } else if (!r.postalCode().isEmpty()) {
      canvas.text(canvas.font.printable(r.postalCode()), PostcodeBoxes.left(0), PostcodeBoxes.TOP + 6, 12);
    }
    float addressSize = ADDRESS_SIZE;
    List<String> columns = addressColumns(r.address(), addressSize, ADDRESS_BOTTOM - ADDRESS_TOP);
    while (columns.size() > 3 && addressSize > 8) {
      addressSize -= 1;
      columns = addressColumns(r.address(), addressSize, ADDRESS_BOTTOM - ADDRESS_TOP);
    }
    double pitch = MailCanvas.mm(addressSize) * 1.45;
    for (int i = 0; i < columns.size(); i++) {
      double indent = i == 0 ? 0 : 2 * MailCanvas.mm(addressSize);
      VerticalText.draw(canvas, columns.get(i), ADDRESS_RIGHT_COLUMN - i * pitch, ADDRESS_TOP + indent, addressSize);
    }
    String name = r.name() + "　" + PrintTexts.honorific();
    float nameSize = NAME_SIZE;
    while (nameSize > 12 && VerticalText.cells(name) * MailCanvas.mm(nameSize) > NAME_BOTTOM - NAME_TOP) nameSize -= 1;
    VerticalText.draw(canvas, name, NAME_COLUMN, NAME_TOP, nameSize);
    ReturnAddress.draw(canvas, shop, SHOP_SIZE, SHOP_NAME_SIZE);
  }

  /** The address in columns: each part after a space (the building, the room) starts a column of its own. */
  static List<String> addressColumns(String address, float size, double heightMm) {
    int perColumn = (int) Math.floor(heightMm / MailCanvas.mm(size));
    List<String> columns = new ArrayList<>();
    String[] parts = address.strip().split("[\\s　]+", 2);
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].isEmpty()) continue;
      columns.addAll(VerticalText.columns(parts[i], i == 0 ? perColumn : perColumn - 2));
    }
    return columns;
  }
}
