package kyokan.core.chart;

import java.util.List;

/**
 * Bars over categories, one per series in each category: stacked (new and repeat revenue per month) or side
 * by side. Stacked negative values (a month of returns) grow down from zero.
 *
 * @param categories the x labels in order, already formatted ("2024年4月", "60–89日")
 * @param series each with exactly one value per category
 * @param values the value axis: its formatter writes the ticks, data labels and tooltips
 */
public record BarChart(ChartText text, List<String> categories, List<Series> series, boolean stacked, Axis values)
    implements Chart {

  public BarChart {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
            + " values for " + categories.size() + " categories");
      }
    }
  }

  public static BarChart stacked(ChartText text, List<String> categories, Axis values, Series... series) {
    return new BarChart(text, categories, List.of(series), true, values);
  }

  public static BarChart grouped(ChartText text, List<String> categories, Axis values, Series... series) {
    return new BarChart(text, categories, List.of(series), false, values);
  }

  @Override
  public boolean isEmpty() {
    return series.stream().noneMatch(Series::hasValues);
  }

  @Override
  public Drawing layout() {
    return BarLayout.of(this);
  }
}
