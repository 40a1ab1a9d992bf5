package kyokan.core.segmentation;

import java.util.Map;
import kyokan.core.analytics.CpmAxis;
import kyokan.core.analytics.CpmThresholds;

/**
 * Thresholds as typed into a form, any field possibly missing or out of range, before they become
 * {@link CpmThresholds} (which refuse impossible values outright). The limit of the unused axis is ignored.
 */
public record ThresholdInput(Integer lapseDays, Integer tenureShortDays, Integer tenureLongDays, CpmAxis axis,
    Long amountLimit, Integer countLimit) {

  public static ThresholdInput of(CpmThresholds t) {
    return new ThresholdInput(t.lapseDays(), t.tenureShortDays(), t.tenureLongDays(), t.axis(), t.amountLimit(),
        t.countLimit());
  }

  /** The thresholds, or {@link InvalidThresholdsException} naming every field that is wrong. */
  public CpmThresholds toThresholds() {
    Map<String, String> problems = ThresholdRules.problems(this);
    if (!problems.isEmpty()) throw new InvalidThresholdsException(problems);
    return axis == CpmAxis.AMOUNT
        ? CpmThresholds.byAmount(lapseDays, tenureShortDays, tenureLongDays, amountLimit)
        : CpmThresholds.byOrderCount(lapseDays, tenureShortDays, tenureLongDays, countLimit);
  }
}
