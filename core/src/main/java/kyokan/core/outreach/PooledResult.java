package kyokan.core.outreach;

import java.util.List;
import java.util.Set;
import kyokan.core.analytics.CpmCell;
import kyokan.core.outreach.stats.RateDifference;
import kyokan.core.outreach.stats.Verdict;

/** Campaigns of one kind (same cells, same channel) pooled into one Mantel–Haenszel risk difference. */
public record PooledResult(Set<CpmCell> cells, Channel channel, List<CampaignResult> campaigns, RateDifference pooled) {

  public Verdict verdict() {
    return Verdict.of(pooled.interval());
  }

  static String kindOf(CampaignResult r) {
    return r.list().rule().cellsKey() + "|" + r.campaign().getChannel().name();
  }
}
