package kyokan.web.cockpit;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import kyokan.core.cockpit.AlertRow;
import kyokan.view.cockpit.CockpitLine.AlertLink;
import kyokan.web.plugin.StepRegistry;

/** The steps' stored alerts as links, in the reader's language, for the cockpit and the shop's home page. */
public final class StepAlertLinks {
  private StepAlertLinks() {}

  /** The alerts of the steps in {@code unlocked}, each text the step's own message formatted with its count. */
  public static List<AlertLink> of(List<AlertRow> alerts, Set<String> unlocked, StepRegistry steps, Locale locale) {
    return alerts.stream().filter(a -> unlocked.contains(a.getStepId())).map(a -> new AlertLink(a.getStepId() + ":" + a.getKind(),
        steps.find(a.getStepId()).map(st -> st.messages(locale).format(a.getMessageKey(), a.getItemCount()))
            .orElse(a.getKind() + ": " + a.getItemCount()), a.getLink())).toList();
  }
}
