package kyokan.core.segmentation;

import java.time.Instant;
import java.time.LocalDate;
import kyokan.core.analytics.CpmAxis;
import kyokan.core.analytics.CpmThresholds;

/** One row of {@code cpm_thresholds}, as MyBatis reads and writes it. */
final class ThresholdRow {
  private long id;
  private long clientId;
  private LocalDate effectiveFrom;
  private int lapseDays;
  private int tenureShortDays;
  private int tenureLongDays;
  private CpmAxis axis;
  private long amountLimit;
  private int countLimit;
  private long savedBy;
  private String savedByName;
  private Instant savedAt;

  static ThresholdRow of(long clientId, LocalDate effectiveFrom, CpmThresholds t, long savedBy, Instant savedAt) {
    ThresholdRow row = new ThresholdRow();
    row.clientId = clientId;
    row.effectiveFrom = effectiveFrom;
    row.lapseDays = t.lapseDays();
    row.tenureShortDays = t.tenureShortDays();
    row.tenureLongDays = t.tenureLongDays();
    row.axis = t.axis();
    row.amountLimit = t.amountLimit();
    row.countLimit = t.countLimit();
    row.savedBy = savedBy;
    row.savedAt = savedAt;
    return row;
  }

  long getId() { return id; }
  long getClientId() { return clientId; }
  LocalDate getEffectiveFrom() { return effectiveFrom; }
  int getLapseDays() { return lapseDays; }
  int getTenureShortDays() { return tenureShortDays; }
  int getTenureLongDays() { return tenureLongDays; }
  CpmAxis getAxis() { return axis; }
  long getAmountLimit() { return amountLimit; }
  int getCountLimit() { return countLimit; }
  long getSavedBy() { return savedBy; }
  Instant getSavedAt() { return savedAt; }

  ThresholdEntry toEntry() {
    CpmThresholds t = new CpmThresholds(lapseDays, tenureShortDays, tenureLongDays, amountLimit, axis, countLimit);
    return new ThresholdEntry(id, clientId, effectiveFrom, t, savedBy, savedByName, savedAt);
  }
}
