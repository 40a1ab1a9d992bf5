package kyokan.core.chart;

/**
 * A chart as pure data. Pages write it as inline SVG ({@link SvgChart}); the PDF report draws the same
 * {@link #layout()}, so every scale, tick and label decision is made once, in the layout.
 */
public sealed interface Chart permits BarChart, LineChart, HeatMap {

  ChartText text();

  /** Nothing to draw: the layout shows {@link ChartText#noData()} instead. */
  boolean isEmpty();

  /** Positions, colours and label texts of everything to draw, in a 800-unit-wide frame. */
  Drawing layout();
}
