package kyokan.step.analysis.dashboard;

import java.util.List;
import kyokan.core.analytics.AnalyticsService;
import kyokan.core.analytics.MonthReport;
import kyokan.core.step.StepView;

final class DashboardCharts {
  private DashboardCharts() {}

  static List<DashboardPage.Chart> of(StepView v, Format f, AnalyticsService analytics, MonthReport report) {
    return List.of();
  }
}
