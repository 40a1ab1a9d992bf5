package kyokan.core.outreach;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmCells;
import kyokan.core.analytics.CustomerOrders;
import kyokan.core.analytics.Ledger;
import kyokan.core.outreach.stats.DetectableDifference;
import kyokan.core.segmentation.SegmentationService;

/**
 * What a list of this size can tell before it is sent: the smallest difference in response rate it could
 * detect (80 % power, two-sided 5 %) and how many campaigns like it pooled would detect a 5-point difference.
 * Both need the response rate without the mail, read from the shop's own past: the customers who were in the
 * same cells at an earlier month end, and how many of them bought within a window's length after it.
 *
 * @param baseRate that past rate, or {@link #ASSUMED_RATE} when the data has no such month
 * @param assumed whether the rate was assumed rather than read from the data
 */
public record ListPower(double baseRate, boolean assumed, int contacted, int heldOut, double smallestDetectable,
    int campaignsFor5Points) {
  public static final double ASSUMED_RATE = 0.10;
  public static final double TARGET_DIFFERENCE = 0.05;

  public static ListPower of(AnalyticsService analytics, SegmentationService segmentation, long clientId, TargetRule rule,
      int windowDays, int contacted, int heldOut) {
    Optional<Double> past = pastRate(analytics, segmentation, clientId, rule, windowDays);
    double rate = past.orElse(ASSUMED_RATE);
    return new ListPower(rate, past.isEmpty(), contacted, heldOut,
        DetectableDifference.smallest(contacted, heldOut, rate),
        DetectableDifference.campaignsToDetect(contacted, heldOut, rate, TARGET_DIFFERENCE));
  }

  /** The month end far enough before the list's that a whole window fits between them. */
  static LocalDate baselineEnd(LocalDate asOf, int windowDays) {
    return YearMonth.from(asOf).minusMonths(1 + (windowDays + 29) / 30).atEndOfMonth();
  }

  private static Optional<Double> pastRate(AnalyticsService analytics, SegmentationService segmentation, long clientId,
      TargetRule rule, int windowDays) {
    Ledger ledger = analytics.ledger(clientId);
    LocalDate end = baselineEnd(rule.asOf(), windowDays);
    if (ledger.firstSale().isEmpty() || ledger.firstSale().get().isAfter(end)) return Optional.empty();
    CpmCells cells = segmentation.cells(clientId, end);
    int members = 0;
    int buyers = 0;
    for (int c = 0; c < ledger.customerCount(); c++) {
      Optional<CpmCell> cell = cells.cellOf(c);
      if (cell.isEmpty() || !rule.cells().contains(cell.get())) continue;
      members++;
      if (CustomerOrders.between(ledger, c, end.plusDays(1), end.plusDays(windowDays)).purchases() > 0) buyers++;
    }
    return members == 0 ? Optional.empty() : Optional.of((double) buyers / members);
  }
}
