package kyokan.step.community.intro;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.step.StepView;
import kyokan.step.community.common.StepPaths;

/** The introductions page: introducers with codes, the introductions, and per introducer the count and value. */
public record IntroPage(StepView view, List<Introducer> introducers, List<Introduction> introductions, IntroFigures figures,
    LocalDate asOf, String csrf, Map<String, String> errors, boolean recorded) {

  public String base() {
    return StepPaths.base(view);
  }

  public String money(long minor) {
    return MoneyFormat.format(minor, view.client().getCurrency());
  }

  public String percent(double share) {
    return String.format("%.1f%%", 100 * share);
  }

  public String points(double d) {
    return String.format("%+.1f", 100 * d);
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : view.t(key);
  }
}
