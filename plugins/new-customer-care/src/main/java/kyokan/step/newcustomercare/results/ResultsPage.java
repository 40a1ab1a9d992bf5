package kyokan.step.newcustomercare.results;

import java.util.List;
import kyokan.core.step.StepView;

/**
 * The results page: enrolment counts, the two windows contacted against held out, each step's completion and the
 * before/after chart (SVG written from the chart model).
 */
public record ResultsPage(StepView view, CareResult result, WindowView within90, WindowView within180,
    List<StepCompletion> steps, String chartSvg) {

  public String share(StepCompletion s, int count) {
    double share = s.share(count);
    return Double.isNaN(share) ? "–" : count + " (" + String.format(java.util.Locale.ROOT, "%.0f%%", share * 100) + ")";
  }

  public String through() {
    return result.dataThrough() == null ? "–" : result.dataThrough().toString();
  }
}
