package kyokan.core.outreach;

import java.time.LocalDate;
import java.util.Optional;
import kyokan.core.outreach.stats.ResponseComparison;

/**
 * What a campaign's data can tell: each arm's response, the difference with its interval and verdict (empty
 * while an arm is empty), and whether the window has passed in the data (else a provisional running figure).
 *
 * @param dataThrough the last sale date in the ledger, or null when it has none
 * @param progressMonth the month end at which cell progress is read
 */
public record CampaignResult(Campaign campaign, TargetList list, ArmResult contacted, ArmResult heldOut,
    int noConsent, int noAddress, LocalDate dataThrough, Optional<ResponseComparison> comparison,
    java.time.YearMonth progressMonth) {

  public int targeted() {
    return contacted.customers() + heldOut.customers() + noConsent + noAddress;
  }

  /** The window has not fully passed in the imported data: the figures are a running count. */
  public boolean provisional() {
    return dataThrough == null || dataThrough.isBefore(campaign.windowEnd());
  }

  public boolean started() {
    return dataThrough != null && !dataThrough.isBefore(campaign.getSendDate());
  }

  /** Cost of the pieces sent: cost per piece × contacted customers, minor units. */
  public long cost() {
    return campaign.getCostPerPiece() * contacted.customers();
  }

  /**
   * The revenue difference per person applied to the contacted customers, minor units, rounded: what the
   * campaign brought beyond what the held-out customers suggest would have come anyway. Empty without a holdout.
   */
  public Optional<Long> extraRevenue() {
    if (heldOut.customers() == 0 || contacted.customers() == 0) return Optional.empty();
    return Optional.of(Math.round((contacted.revenuePerPerson() - heldOut.revenuePerPerson()) * contacted.customers()));
  }

  public boolean progressKnown() {
    return contacted.progressKnown() + heldOut.progressKnown() > 0;
  }
}
