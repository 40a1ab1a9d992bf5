package kyokan.step.segmentation.thresholds;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kyokan.core.analytics.CpmAxis;
import kyokan.core.analytics.CpmThresholds;
import kyokan.core.analytics.MonthChoice;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.segmentation.InvalidThresholdsException;
import kyokan.core.segmentation.ThresholdInput;

/**
 * The thresholds form as typed: whole days, the axis ({@code amount} or {@code count}), the amount limit in
 * the currency's major unit (yen), the count limit, the month they take effect from, and whether to
 * recompute all of history (which needs its confirmation box ticked).
 */
public record ThresholdForm(String lapseDays, String tenureShortDays, String tenureLongDays, String axis,
    String amountLimit, String countLimit, String effectiveFrom, boolean recompute, boolean confirm) {

  /** The thresholds' values in the form, effective from {@code from}. */
  public static ThresholdForm of(CpmThresholds t, FigureFormat f, YearMonth from) {
    boolean amount = t.axis() == CpmAxis.AMOUNT;
    return new ThresholdForm(String.valueOf(t.lapseDays()), String.valueOf(t.tenureShortDays()),
        String.valueOf(t.tenureLongDays()), amount ? "amount" : "count",
        amount ? f.plainAmount(t.amountLimit()) : "", amount ? "" : String.valueOf(t.countLimit()),
        from == null ? "" : from.toString(), false, false);
  }

  /** Reads the fields through {@code field} (query parameters for a preview, form fields for a save). */
  public static ThresholdForm read(Function<String, Optional<String>> field) {
    return new ThresholdForm(text(field, "lapseDays"), text(field, "tenureShortDays"), text(field, "tenureLongDays"),
        text(field, "axis"), text(field, "amountLimit"), text(field, "countLimit"), text(field, "effectiveFrom"),
        field.apply("recompute").isPresent(), field.apply("confirm").isPresent());
  }

  /** The names of the threshold fields, as a save form carries them. */
  public static final java.util.List<String> FIELDS =
      java.util.List.of("lapseDays", "tenureShortDays", "tenureLongDays", "axis", "amountLimit", "countLimit");

  /** A threshold field's value by its name. */
  public String value(String name) {
    return switch (name) {
      case "lapseDays" -> lapseDays;
      case "tenureShortDays" -> tenureShortDays;
      case "tenureLongDays" -> tenureLongDays;
      case "axis" -> axis;
      case "amountLimit" -> amountLimit;
      case "countLimit" -> countLimit;
      default -> throw new IllegalArgumentException("no field " + name);
    };
  }

  public boolean byCount() {
    return "count".equals(axis);
  }

  /**
   * The thresholds, adding field → message key to {@code errors} for every field that is wrong (and
   * returning null then): numbers first, then the service's own rules.
   */
  public CpmThresholds thresholds(int minorDigits, Map<String, String> errors) {
    Map<String, String> found = new LinkedHashMap<>();
    Integer lapse = whole(lapseDays, "lapseDays", found);
    Integer shortDays = whole(tenureShortDays, "tenureShortDays", found);
    Integer longDays = whole(tenureLongDays, "tenureLongDays", found);
    CpmAxis a = "amount".equals(axis) ? CpmAxis.AMOUNT : byCount() ? CpmAxis.ORDER_COUNT : null;
    Long amount = a == CpmAxis.AMOUNT ? money(amountLimit, minorDigits, found) : null;
    Integer count = a == CpmAxis.ORDER_COUNT ? whole(countLimit, "countLimit", found) : null;
    try {
      CpmThresholds t = new ThresholdInput(lapse, shortDays, longDays, a, amount, count).toThresholds();
      errors.putAll(found);
      return found.isEmpty() ? t : null;
    } catch (InvalidThresholdsException e) {
      e.problems().forEach(found::putIfAbsent);
      errors.putAll(found);
      return null;
    }
  }

  /** The month the thresholds take effect from, or an error on {@code effectiveFrom}. */
  public YearMonth effectiveMonth(Map<String, String> errors) {
    Optional<YearMonth> month = effectiveFrom.isBlank() ? Optional.empty() : MonthChoice.parse(effectiveFrom);
    if (month.isEmpty()) errors.put("effectiveFrom", "error.segmentation.effectiveFrom");
    return month.orElse(null);
  }

  private static Integer whole(String text, String field, Map<String, String> errors) {
    if (text.isBlank()) return null;
    try {
      return Integer.valueOf(text.replace(",", "").strip());
    } catch (NumberFormatException e) {
      errors.put(field, "error.wholeNumber");
      return null;
    }
  }

  private static Long money(String text, int minorDigits, Map<String, String> errors) {
    String plain = text.replace(",", "").replace("¥", "").replace("円", "").strip();
    if (plain.isEmpty()) return null;
    try {
      return new BigDecimal(plain).movePointRight(minorDigits).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      errors.put("amountLimit", "error.amount");
      return null;
    }
  }

  private static String text(Function<String, Optional<String>> field, String name) {
    return field.apply(name).map(String::strip).orElse("");
  }
}
