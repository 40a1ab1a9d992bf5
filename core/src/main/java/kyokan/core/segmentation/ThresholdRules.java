package kyokan.core.segmentation;

import java.util.LinkedHashMap;
import java.util.Map;
import kyokan.core.analytics.CpmAxis;

/**
 * What thresholds a client may save: whole days from 1 to ten years, the long tenure cut-off not below
 * the short one, an amount limit of at least one minor unit, and a count limit of at least 2 purchases
 * (every repeat customer has 2, so a lower limit would make all of them big).
 */
final class ThresholdRules {
  static final int MAX_DAYS = 3650;
  static final long MAX_AMOUNT = 1_000_000_000_000L;
  static final int MIN_COUNT = 2;
  static final int MAX_COUNT = 1000;
  static final String REQUIRED = "error.required";

  private ThresholdRules() {}

  /** Field → message key; empty when the thresholds can be saved. */
  static Map<String, String> problems(ThresholdInput in) {
    Map<String, String> p = new LinkedHashMap<>();
    if (in.lapseDays() == null) p.put("lapseDays", REQUIRED);
    else if (in.lapseDays() < 1 || in.lapseDays() > MAX_DAYS) p.put("lapseDays", "error.segmentation.lapseDays");
    if (in.tenureShortDays() == null) p.put("tenureShortDays", REQUIRED);
    else if (in.tenureShortDays() < 1 || in.tenureShortDays() > MAX_DAYS) {
      p.put("tenureShortDays", "error.segmentation.tenureShortDays");
    }
    Integer shortDays = in.tenureShortDays();
    Integer longDays = in.tenureLongDays();
    if (longDays == null) p.put("tenureLongDays", REQUIRED);
    else if (longDays < 1 || longDays > MAX_DAYS || (shortDays != null && longDays < shortDays)) {
      p.put("tenureLongDays", "error.segmentation.tenureLongDays");
    }
    if (in.axis() == null) {
      p.put("axis", REQUIRED);
    } else if (in.axis() == CpmAxis.AMOUNT) {
      if (in.amountLimit() == null) p.put("amountLimit", REQUIRED);
      else if (in.amountLimit() < 1 || in.amountLimit() > MAX_AMOUNT) {
        p.put("amountLimit", "error.segmentation.amountLimit");
      }
    } else {
      if (in.countLimit() == null) p.put("countLimit", REQUIRED);
      else if (in.countLimit() < MIN_COUNT || in.countLimit() > MAX_COUNT) {
        p.put("countLimit", "error.segmentation.countLimit");
      }
    }
    return p;
  }
}
