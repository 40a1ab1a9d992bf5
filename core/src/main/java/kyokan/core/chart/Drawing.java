package kyokan.core.chart;

import java.util.List;

/**
 * A laid-out chart: what to draw, in order, in a frame {@code width × height} units with the origin at the
 * top left and y growing downwards (the PDF drawer flips y). Text positions are baselines.
 *
 * @param summary the text for screen readers: the chart's summary, or a list of its series
 */
public record Drawing(double width, double height, String title, String summary, List<Mark> marks) {

  public Drawing {
    marks = List.copyOf(marks);
  }
}
