package kyokan.step.segmentfollowup.campaigns;

import java.util.List;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.step.StepView;
import kyokan.step.segmentfollowup.common.StepPaths;

/** Every campaign of the client, newest first, and the pooled estimates per kind. */
public record CampaignListPage(StepView view, FigureFormat format, List<ResultView> campaigns, List<PooledView> pooled) {

  public String newLink() {
    return StepPaths.base(view) + "campaigns/new";
  }
}
