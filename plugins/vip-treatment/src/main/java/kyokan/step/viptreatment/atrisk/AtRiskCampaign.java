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
 * end (their cells, their ids), a hand-written letter sent today, the program's default holdout drawn at random
 * so the result can be measured like any campaign's.
 */
public final class AtRiskCampaign {
  private AtRiskCampaign() {}

  /** Creates the campaign (not yet sent); empty list → null. */
  public static Campaign create(CoreServices services, long clientId, LocalDate asOf, List<VipStatus> atRisk,
      LocalDate today, String name, String message, long userId) {
    if (atRisk.isEmpty()) return null;
    Set<Long> ids = atRisk.stream().map(s -> s.member().customerId()).collect(Collectors.toSet());
    EnumSet<CpmCell> cells = EnumSet.noneOf(CpmCell.class);
    atRisk.forEach(s -> { if (s.value().cell() != null) cells.add(s.value().cell()); });
    TargetRule rule = new TargetRule(asOf, cells, null, null, null, null, true, ids);
    NewCampaign campaign = new NewCampaign(name, rule, Channel.LETTER, today, 0, null, NewCampaign.DEFAULT_WINDOW_DAYS,
        message, NewCampaign.DEFAULT_HOLDOUT_PERCENT);
    return services.get(CampaignService.class).create(clientId, campaign, userId);
  }
}
