package kyokan.step.analysis.compare;

import java.util.List;
import kyokan.core.step.StepView;

/**
 * The self-assessment comparison for one month; {@code month} is null when there is no sales data yet.
 *
 * @param thresholds the sentence naming the CPM thresholds the 優良 figures used
 */
public record ComparisonPage(StepView view, String month, String asOf, List<ComparisonRow> rows, String thresholds) {
  /** How many of the eight data questions (Q1–Q8) the owner answered. */
  public long answeredOfEight() {
    return rows.stream().limit(8).filter(ComparisonRow::answered).count();
  }
}
