package kyokan.step.community.figures;

import kyokan.core.i18n.MoneyFormat;
import kyokan.core.step.StepView;

/** The members-against-non-members page. */
public record FiguresPage(StepView view, MemberComparison comparison) {

  public String money(long minor) {
    return MoneyFormat.format(minor, view.client().getCurrency());
  }

  public String percent(double share) {
    return String.format("%.1f%%", 100 * share);
  }
}
