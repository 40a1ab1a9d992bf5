package kyokan.step.segmentfollowup.campaigns;

import java.util.List;
import java.util.Map;
import kyokan.core.analytics.CpmCell;
import kyokan.core.i18n.FigureFormat;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.outreach.Channel;
import kyokan.core.step.StepView;
import kyokan.step.segmentfollowup.common.StepPaths;

/** The campaign form, and once previewed, the list it would freeze. */
public record NewCampaignPage(StepView view, FigureFormat format, CampaignForm form, Map<String, String> errors,
    List<String> months, List<String> tags, ListPreview preview, String csrf) {

  public String action() {
    return StepPaths.base(view) + "campaigns/new";
  }

  public CpmCell[] cells() {
    return CpmCell.values();
  }

  public Channel[] channels() {
    return Channel.values();
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : view.t(key);
  }

  public String percent(double share) {
    return MoneyFormat.percent(share);
  }

  /** A difference in points, e.g. 12.3pt. */
  public String points(double difference) {
    return String.format(java.util.Locale.ROOT, "%.1fpt", difference * 100);
  }
}
