package kyokan.core.chart;

/**
 * The words of a chart, already in the reader's language: they come from the caller's message bundle.
 *
 * @param title the chart's name: the SVG {@code <title>}, what a screen reader announces first
 * @param summary one or two sentences on what the chart shows; blank lets the layout list the series instead
 * @param noData what to show instead of the chart when there is nothing to draw
 */
public record ChartText(String title, String summary, String noData) {

  public ChartText {
    title = title == null ? "" : title;
    summary = summary == null ? "" : summary;
    noData = noData == null ? "" : noData;
  }

  public static ChartText of(String title, String summary, String noData) {
    return new ChartText(title, summary, noData);
  }
}
