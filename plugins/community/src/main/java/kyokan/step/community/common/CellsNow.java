package kyokan.step.community.common;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.CpmCell;
import kyokan.core.analytics.CpmCells;
import kyokan.core.analytics.Ledger;
import kyokan.core.segmentation.SegmentationService;
import kyokan.core.step.CoreServices;

/** Every customer's cell at a month end (by default the last complete month's), looked up by customer id. */
public record CellsNow(LocalDate asOf, Ledger ledger, CpmCells cells) {

  /** As of the last complete month's end; empty while the shop has no sales. */
  public static Optional<CellsNow> latest(CoreServices services, long clientId) {
    AnalyticsService analytics = services.get(AnalyticsService.class);
    return analytics.latestCompleteMonth(clientId).map(m -> at(services, clientId, m.atEndOfMonth()));
  }

  public static CellsNow at(CoreServices services, long clientId, LocalDate asOf) {
    Ledger ledger = services.get(AnalyticsService.class).ledger(clientId);
    return new CellsNow(asOf, ledger, services.get(SegmentationService.class).cells(clientId, asOf));
  }

  public Optional<CpmCell> cellOf(long customerId) {
    OptionalInt index = ledger.customerIndex(customerId);
    return index.isEmpty() ? Optional.empty() : cells.cellOf(index.getAsInt());
  }
}
