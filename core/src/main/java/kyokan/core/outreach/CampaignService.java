package kyokan.core.outreach;

import java.time.Clock;
import java.util.List;
import kyokan.core.NotFoundException;
import kyokan.core.db.Database;

/** Campaigns (施策): created with their target list frozen and drawn in one transaction, then sent once. */
public final class CampaignService {
  public static final String PURPOSE = "campaign";
  private final Database db;
  private final TargetListService lists;
  private final ContactLog contacts;
  private final Clock clock;

  public CampaignService(Database db, TargetListService lists, ContactLog contacts, Clock clock) {
    this.db = db;
    this.lists = lists;
    this.contacts = contacts;
    this.clock = clock;
  }

  /** Freezes the target list, draws its holdout and stores both with the campaign; returns the campaign. */
  public Campaign create(long clientId, NewCampaign input, long userId) {
    return create(clientId, input, userId, lists.draw(clientId, input.rule(), input.holdoutPercent()));
  }

  /** As {@link #create(long, NewCampaign, long)} with a draft already drawn (e.g. the one previewed). */
  public Campaign create(long clientId, NewCampaign input, long userId, TargetListService.Draft draft) {
    long id = db.write(s -> {
      long listId = lists.insert(s, draft, PURPOSE, userId);
      CampaignMapper.CampaignRow row = new CampaignMapper.CampaignRow(clientId, listId, input, userId, clock.instant());
      s.getMapper(CampaignMapper.class).insertCampaign(row);
      return row.getId();
    });
    return get(clientId, id);
  }

  public Campaign get(long clientId, long campaignId) {
    Campaign c = db.read(s -> s.getMapper(CampaignMapper.class).selectCampaign(clientId, campaignId));
    if (c == null) throw new NotFoundException("campaign " + campaignId);
    return c;
  }

  /** The client's campaigns, newest send date first. */
  public List<Campaign> list(long clientId) {
    return db.read(s -> s.getMapper(CampaignMapper.class).selectByClient(clientId));
  }

  /**
   * Records the campaign as sent: one contact per contacted customer on the send date, in one transaction.
   * Sending twice changes nothing (returns false).
   */
  public boolean markSent(long clientId, long campaignId, long userId) {
    Campaign campaign = get(clientId, campaignId);
    List<Long> contacted = lists.members(clientId, campaign.getTargetListId()).stream()
        .filter(m -> m.arm() == Arm.CONTACTED).map(TargetMember::customerId).toList();
    return db.write(s -> {
      if (s.getMapper(CampaignMapper.class).markSent(clientId, campaignId, userId, clock.instant()) == 0) return false;
      contacts.record(s, clientId, contacted, campaign.getChannel(), campaign.getSendDate(), ContactSource.CAMPAIGN,
          campaignId, null, userId);
      return true;
    });
  }
}
