package kyokan.step.segmentfollowup.campaigns;

import java.util.Locale;
import java.util.stream.Collectors;
import kyokan.core.outreach.PooledResult;
import kyokan.core.step.StepView;

/** Campaigns of one kind pooled, as shown beside the single results. */
public record PooledView(String kind, int campaigns, String difference, String interval, String verdict,
    String verdictClass) {

  public static PooledView of(StepView view, PooledResult p) {
    String cells = p.cells().stream().map(c -> view.t("cell." + c.name())).collect(Collectors.joining("・"));
    return new PooledView(cells + " × " + view.t(p.channel().key()), p.campaigns().size(),
        ResultView.points(p.pooled().difference()),
        ResultView.points(p.pooled().interval().lower()) + " 〜 " + ResultView.points(p.pooled().interval().upper()),
        p.verdict().label(view.messages().locale()), p.verdict().name().toLowerCase(Locale.ROOT));
  }
}
