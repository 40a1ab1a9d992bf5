package kyokan.step.community.events;

import java.util.List;
import java.util.Map;
import kyokan.core.i18n.MoneyFormat;
import kyokan.core.step.StepView;
import kyokan.step.community.common.StepPaths;

/** The events, newest first, with their counts, and the form for a new one. */
public record EventListPage(StepView view, List<EventRow> events, String csrf, Map<String, String> errors,
    Map<String, String> values) {

  public String base() {
    return StepPaths.base(view);
  }

  public String link(EventRow e) {
    return StepPaths.event(view.client().getId(), e.getId());
  }

  public String money(long minor) {
    return MoneyFormat.format(minor, view.client().getCurrency());
  }

  public EventRow.Kind[] kinds() {
    return EventRow.Kind.values();
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : view.t(key);
  }
}
