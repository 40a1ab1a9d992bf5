package kyokan.step.datacapture.entry;

import java.util.List;
import java.util.stream.Collectors;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.sales.DuplicateGroup;
import kyokan.core.step.StepView;

/**
 * The groups of customers who may be one person, each with a form to merge two of them.
 *
 * @param errors message keys of a refused merge
 * @param moved how many sale lines the merge just done moved, or null
 */
public record DuplicatesPage(StepView view, String csrf, List<DuplicateGroup> groups, List<String> errors, Integer moved) {

  public String base() {
    return "/clients/" + view.client().getId() + "/steps/data-capture/";
  }

  /** What the group's members share, in words. */
  public String reasons(DuplicateGroup group) {
    return group.reasons().stream().sorted().map(r -> view.t("duplicates.reason." + r.name())).collect(Collectors.joining("、"));
  }

  public String money(long minor) {
    return MoneyFormat.format(minor, view.client().getCurrency());
  }
}
