package kyokan.step.community.club;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kyokan.core.analytics.CpmCell;
import kyokan.core.step.StepView;
import kyokan.step.community.common.StepPaths;

/** The club page: the club's form, its members (each with their cell at {@code asOf}), the member form. */
public record ClubPage(StepView view, Optional<Club> club, List<MemberRow> members, LocalDate asOf, String csrf,
    Map<String, String> errors, Map<String, String> values) {

  /** A member and their cell now (null when they have no purchase yet). */
  public record MemberRow(Member member, CpmCell cell) {}

  public String base() {
    return StepPaths.base(view);
  }

  public String value(String field, String saved) {
    return values.getOrDefault(field, saved == null ? "" : saved);
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? null : view.t(key);
  }
}
