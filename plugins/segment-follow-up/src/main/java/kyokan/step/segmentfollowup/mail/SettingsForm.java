package kyokan.step.segmentfollowup.mail;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kyokan.core.outreach.PrintSettings;

/** The print settings form as typed; offsets in millimetres with one decimal. */
public record SettingsForm(String shopName, String shopPostalCode, String shopAddress, String shopPhone, String offsetX,
    String offsetY, String labelStart) {

  static SettingsForm of(PrintSettings s) {
    return new SettingsForm(nz(s.shopName()), nz(s.shopPostalCode()), nz(s.shopAddress()), nz(s.shopPhone()),
        mm(s.labelOffsetXTenths()), mm(s.labelOffsetYTenths()), Integer.toString(s.labelStart()));
  }

  static SettingsForm read(Function<String, Optional<String>> field) {
    return new SettingsForm(t(field, "shopName"), t(field, "shopPostalCode"), t(field, "shopAddress"), t(field, "shopPhone"),
        t(field, "offsetX"), t(field, "offsetY"), t(field, "labelStart"));
  }

  /** The settings, or null with the problems in {@code errors}. */
  PrintSettings settings(Map<String, String> errors) {
    Integer x = tenths(offsetX, errors);
    Integer y = tenths(offsetY, errors);
    Integer start = null;
    try {
      start = Integer.parseInt(labelStart);
    } catch (NumberFormatException e) {
      errors.put("start", "error.labelStart");
    }
    if (!errors.isEmpty()) return null;
    return new PrintSettings(shopName, shopPostalCode, shopAddress, shopPhone, x, y, start);
  }

  private static Integer tenths(String text, Map<String, String> errors) {
    try {
      return text.isEmpty() ? 0 : new BigDecimal(text).movePointRight(1).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      errors.put("offset", "error.offset");
      return null;
    }
  }

  private static String mm(int tenths) {
    return BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString();
  }

  private static String t(Function<String, Optional<String>> field, String name) {
    return field.apply(name).orElse("").strip();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
