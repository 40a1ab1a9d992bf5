package kyokan.core.outreach.print;

import java.io.IOException;
import java.util.List;

/** The shop as sender at a postcard's lower left: address, name and phone set vertically, the postal code below. */
final class ReturnAddress {
  private static final double RIGHT_COLUMN = 30, TOP = 84, BOTTOM = 132, POSTCODE_BASELINE = 140, LEFT = 8;

  private ReturnAddress() {}

  static void draw(MailCanvas canvas, ShopAddress shop, float size, float nameSize) throws IOException {
    double em = MailCanvas.mm(size);
    int perColumn = (int) Math.floor((BOTTOM - TOP) / em);
    List<String> address = PostcardPdf.addressColumns(shop.address(), size, BOTTOM - TOP);
    double x = RIGHT_COLUMN;
    for (int i = 0; i < address.size(); i++) {
      VerticalText.draw(canvas, address.get(i), x, TOP + (i == 0 ? 0 : 2 * em), size);
      x -= em * 1.4;
    }
    if (!shop.name().isEmpty()) {
      x -= MailCanvas.mm(nameSize) * 0.3;
      VerticalText.draw(canvas, shop.name(), x, TOP + 2 * em, nameSize);
      x -= MailCanvas.mm(nameSize) * 1.4;
    }
    if (!shop.phone().isEmpty() && x > LEFT) {
      for (String column : VerticalText.columns(PrintTexts.phone(shop.phone()), perColumn)) {
        VerticalText.draw(canvas, column, x, TOP + 2 * em, size);
        x -= em * 1.4;
      }
    }
    if (!shop.postalCode().isEmpty()) {
      String code = canvas.font.printable(PrintTexts.postalMark() + PostalCode.display(shop.postalCode()));
      canvas.text(code, LEFT, POSTCODE_BASELINE, size);
    }
  }
}
