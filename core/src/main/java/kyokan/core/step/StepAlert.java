package kyokan.core.step;

import java.util.Objects;

/**
 * Something a step wants the consultant to act on, shown on the cockpit (and the shop's home page) with a
 * link to the step's page: "VIPs at risk: 3", "new-customer contacts overdue: 5".
 *
 * @param kind a short stable id within the step, e.g. {@code vip-at-risk}; the cockpit filters by it
 * @param messageKey a key of the step's own bundle; its text is formatted with {@code count} as {@code {0}}
 * @param link where to act, a path of the workbench such as {@code /clients/3/steps/vip-treatment/at-risk}
 * @param count how many things need attention (shown, and summed for sorting); at least 1
 */
public record StepAlert(String kind, String messageKey, String link, int count) {
  public StepAlert {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(messageKey, "messageKey");
    if (link == null || !link.startsWith("/")) throw new IllegalArgumentException("an alert links to a workbench path: " + link);
    if (count < 1) throw new IllegalArgumentException("an alert counts at least one thing: " + count);
  }
}
