package kyokan.step.viptreatment.atrisk;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kyokan.core.analytics.CpmCell;
import kyokan.core.outreach.Campaign;
import kyokan.core.outreach.CampaignService;
import kyokan.core.outreach.Channel;
import kyokan.core.outreach.NewCampaign;
import kyokan.core.outreach.TargetRule;
import kyokan.core.step.CoreServices;

/**
 * The at-risk VIPs turned into a step-4 campaign in one go: the list is exactly these customers as of the month
 * end (their cells, their ids), sent today by the channel chosen (a hand-written letter unless the shop picks
 * another), with a holdout drawn at random so the result can be measured and pooled like any campaign's.
 */
public final class AtRiskCampaign {
  /** A small list needs a share held out that leaves someone out: the top of the program's 10–20 %. */
  public static final int DEFAULT_HOLDOUT_PERCENT = 20;

  private AtRiskCampaign() {}

  /** Creates the campaign (not yet sent); empty list → null. */
  public static Campaign create(CoreServices services, long clientId, LocalDate asOf, List<VipStatus> atRisk,
      LocalDate today, Channel channel, int holdoutPercent, String name, String message, long userId) {
    if (atRisk.isEmpty()) return null;
    Set<Long> ids = atRisk.stream().map(s -> s.member().customerId()).collect(Collectors.toSet());
    EnumSet<CpmCell> cells = EnumSet.noneOf(CpmCell.class);
    atRisk.forEach(s -> { if (s.value().cell() != null) cells.add(s.value().cell()); });
    TargetRule rule = new TargetRule(asOf, cells, null, null, null, null, true, ids);
    NewCampaign campaign = new NewCampaign(name, rule, channel, today, 0, null, NewCampaign.DEFAULT_WINDOW_DAYS,
        message, holdoutPercent);
    return services.get(CampaignService.class).create(clientId, campaign, userId);
  }
}
